package org.mentra.sessions.accountability.domain;

import java.time.Instant;
import java.util.UUID;

/** Someone whose sign-ups (or volunteering) are paused now. */
public record PausedPerson(UUID personId, String name, String email, Instant pausedUntil, String reason) {}
