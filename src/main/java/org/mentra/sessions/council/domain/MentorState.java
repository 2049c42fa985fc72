package org.mentra.sessions.council.domain;

/** Whether a mentor still belongs to the council. */
public enum MentorState {
  ACTIVE("in the council"),
  /** A coordinator replaced the mentor (for example after no answer). */
  REPLACED("replaced"),
  /** The mentor stepped back after the council was confirmed. */
  DROPPED_OUT("dropped out");

  private final String words;

  MentorState(String words) {
    this.words = words;
  }

  /** In words, for coordinators: "dropped out". */
  public String words() {
    return words;
  }
}
