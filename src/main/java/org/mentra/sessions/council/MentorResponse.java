package org.mentra.sessions.council;

/** A mentor's overall answer to a council's request. */
public enum MentorResponse {
  PENDING,
  /** Can make at least one proposed slot. */
  AVAILABLE,
  /** Might make at least one proposed slot, none for sure. */
  TENTATIVE,
  /** Can make none of the proposed slots. */
  UNAVAILABLE,
  /** Did not answer before the deadline. */
  NO_RESPONSE;

  public boolean isAnswer() {
    return this == AVAILABLE || this == TENTATIVE || this == UNAVAILABLE;
  }
}
