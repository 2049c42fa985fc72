package org.mentra.sessions.attendance;

import java.time.Instant;

/** What a join link needs to know about a session for one participant. */
public record AttendedSession(String title, Instant start, Instant end, String meetingUrl, ParticipantRole role) {}
