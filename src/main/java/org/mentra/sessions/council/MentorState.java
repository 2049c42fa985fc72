package org.mentra.sessions.council;

/** Whether a mentor still belongs to the council. */
public enum MentorState {
  ACTIVE,
  /** A coordinator replaced the mentor (for example after no answer). */
  REPLACED,
  /** The mentor stepped back after the council was confirmed. */
  DROPPED_OUT
}
