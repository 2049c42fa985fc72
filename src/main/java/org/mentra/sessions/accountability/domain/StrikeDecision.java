package org.mentra.sessions.accountability.domain;

/** What a coordinator decided about a strike. */
public enum StrikeDecision {
  /** The explanation was accepted (participants) or the volunteer excused: the strike is removed. */
  EXCUSED,
  /** The explanation was not accepted: the strike stands. */
  UPHELD,
  /** A volunteer was reminded of the commitment. */
  WARNED,
  /** A volunteer pauses from volunteering for a period. */
  PAUSED
}
