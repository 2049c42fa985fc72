package org.mentra.sessions.pairing.domain;

/** The coordinator's decision when no standby could take over a chat. */
public enum RebookDecision {
  /** Back on the waitlist: the next free place is offered to the patient. */
  WAITLIST,
  /** The coordinator has taken care of the patient personally. */
  DONE
}
