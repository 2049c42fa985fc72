package org.mentra.sessions.pairing;

/** Where a patient's sign-up stands: waiting for a counselor (the waitlist), paired, or withdrawn. */
enum RegistrationStatus {
  WAITING,
  PAIRED,
  CANCELLED
}
