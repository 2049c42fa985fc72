package org.mentra.sessions.accountability;

/** Published, in the recording transaction, when a no-show is recorded for the first time. */
public record NoShowRecorded(AttendanceReport report) {}
