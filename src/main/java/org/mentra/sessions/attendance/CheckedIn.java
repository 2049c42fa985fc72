package org.mentra.sessions.attendance;

import java.time.Instant;
import java.util.UUID;

/**
 * Published in the check-in's transaction when a participant joins by link for the first time; the
 * feature that owns the session reacts (e.g. tells its process the counselor is in).
 */
public record CheckedIn(SessionKind kind, UUID sessionId, UUID personId, ParticipantRole role, AttendanceStatus status,
    Instant at) {}
