package org.mentra.sessions.accountability.domain;

/** Whether a strike counts: only ACTIVE strikes within the rolling window do. */
public enum StrikeStatus {
  ACTIVE,
  /** A coordinator accepted the person's explanation, or excused a volunteer. */
  EXCUSED,
  /** The attendance was corrected: it was no no-show after all. */
  WITHDRAWN
}
