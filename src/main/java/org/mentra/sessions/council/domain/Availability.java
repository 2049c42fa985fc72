package org.mentra.sessions.council.domain;

/** A mentor's answer for one proposed slot. */
public enum Availability {
  AVAILABLE("I can make it", "yes"),
  TENTATIVE("Maybe", "maybe"),
  UNAVAILABLE("I can't", "no");

  private final String label;
  private final String words;

  Availability(String label, String words) {
    this.label = label;
    this.words = words;
  }

  /** As the mentor says it on their answer page: "I can make it". */
  public String label() {
    return label;
  }

  /** As a coordinator's table says it in a cell: "yes". */
  public String words() {
    return words;
  }

  /** Whether the mentor may be placed in the slot (a tentative yes counts for the quorum). */
  public boolean canAttend() {
    return this != UNAVAILABLE;
  }
}
