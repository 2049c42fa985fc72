package org.mentra.sessions.safety;

import java.time.Instant;
import java.util.UUID;

/**
 * A person's host verification as the API shows it (to themselves and staff).
 *
 * @param expiresAt while VERIFIED: when it runs out
 * @param reapplyAfter after a rejection or a removal: from when they may apply again
 * @param applicationId the application this status comes from (none for NONE)
 * @param reason why it was rejected or revoked
 */
public record HostVerification(HostVerificationStatus status, Instant expiresAt, Instant reapplyAfter,
    UUID applicationId, String reason) {}
