package org.mentra.sessions.attendance;

import java.time.Instant;
import java.util.UUID;

/**
 * One person's attendance of one session, from any source (join link check-in, host or
 * coordinator, lateness timer).
 *
 * @param source who or what reported it, e.g. {@code check-in}, {@code chat-session}, {@code coordinator:casey}
 */
public record AttendanceReport(SessionKind sessionKind, UUID sessionId, UUID personId, ParticipantRole role,
    AttendanceStatus status, Instant sessionStart, String source) {}
