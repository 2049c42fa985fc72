package org.mentra.sessions.attendance;

/**
 * Published, in the recording transaction, when a recorded no-show is corrected to another status
 * (the host marked the wrong person, the person was there after all).
 */
public record NoShowWithdrawn(AttendanceReport report) {}
