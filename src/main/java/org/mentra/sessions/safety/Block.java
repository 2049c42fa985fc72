package org.mentra.sessions.safety;

import java.time.Instant;
import java.util.UUID;

/** A block as the blocker and staff see it (the blocked person never sees who blocked them). */
public record Block(UUID id, UUID blockerId, UUID blockedId, String reason, BlockOrigin origin, Instant createdAt) {}
