package org.mentra.sessions.attendance;

/**
 * Published, in the recording transaction, whenever a report is written to a person's record (what
 * depends on attendance, such as reliability, is kept up to date from it). An ignored report is not.
 */
public record AttendanceRecorded(AttendanceReport report) {}
