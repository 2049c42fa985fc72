package org.mentra.sessions.pairing.domain;

/** Where a patient's sign-up stands: waiting for a counselor (the waitlist), paired, or withdrawn. */
public enum RegistrationStatus {
  WAITING,
  PAIRED,
  CANCELLED
}
