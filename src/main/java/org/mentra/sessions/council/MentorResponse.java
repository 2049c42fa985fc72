package org.mentra.sessions.council;

import java.util.Locale;

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

  /** In words, for people: "no response". */
  public String words() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  public boolean isAnswer() {
    return this == AVAILABLE || this == TENTATIVE || this == UNAVAILABLE;
  }
}
