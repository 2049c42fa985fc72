package org.mentra.sessions.council;

/** How a mentor came into the council. */
public enum MentorSource {
  /** Chosen by the mentee. */
  PICKED,
  /** Chosen by the priority score. */
  MATCHED
}
