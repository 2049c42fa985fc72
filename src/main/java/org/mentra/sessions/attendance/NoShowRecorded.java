package org.mentra.sessions.attendance;

/** Published, in the recording transaction, when a no-show is recorded for the first time. */
public record NoShowRecorded(AttendanceReport report) {}
