package org.mentra.sessions.council.domain;

/** A mentor's overall answer to a council's request. */
public enum MentorResponse {
  PENDING("not answered yet"),
  /** Can make at least one proposed slot. */
  AVAILABLE("can come"),
  /** Might make at least one proposed slot, none for sure. */
  TENTATIVE("maybe"),
  /** Can make none of the proposed slots. */
  UNAVAILABLE("can't come"),
  /** Did not answer before the deadline. */
  NO_RESPONSE("no answer by the deadline");

  private final String words;

  MentorResponse(String words) {
    this.words = words;
  }

  /** In words, for people: "can't come". */
  public String words() {
    return words;
  }

  public boolean isAnswer() {
    return this == AVAILABLE || this == TENTATIVE || this == UNAVAILABLE;
  }
}
