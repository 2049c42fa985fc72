package org.mentra.sessions.pairing.domain;

/** Who called a chat off. */
public enum CancelledBy {
  PATIENT,
  COUNSELOR,
  EVENT
}
