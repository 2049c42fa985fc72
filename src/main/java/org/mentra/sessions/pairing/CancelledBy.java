package org.mentra.sessions.pairing;

/** Who called a chat off. */
enum CancelledBy {
  PATIENT,
  COUNSELOR,
  EVENT
}
