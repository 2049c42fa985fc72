package org.mentra.sessions.council;

/** Where the process goes after a coordinator's decision (the gateway after "Apply the decision"). */
public enum NextStep {
  /** Confirm the slot and mentors the coordinator chose. */
  CONFIRM,
  /** Ask mentors again: the deadline was extended or new slots were proposed. */
  COLLECT_AGAIN,
  /** Find mentors for the places of those replaced. */
  MATCH_AGAIN,
  CANCEL
}
