package org.mentra.sessions.safety;

/** Where a person stands with hosting professional events. */
public enum HostVerificationStatus {
  /** Never applied. */
  NONE,
  /** An application is being reviewed by the coordinators. */
  IN_REVIEW,
  /** Verified until its expiry: hosts professional events. */
  VERIFIED,
  /** A step of the review turned it down; may apply again after the reapply period. */
  REJECTED,
  /** The verification ran out without a renewal. */
  EXPIRED,
  /** A moderator removed them as host; may apply again after the reapply period. */
  REVOKED,
  /** Superseded by a newer, approved application (never a person's current status). */
  RENEWED
}
