package org.mentra.sessions.council;

/** A mentor's answer for one proposed slot. */
public enum Availability {
  AVAILABLE("I can make it"),
  TENTATIVE("Maybe"),
  UNAVAILABLE("I can't");

  private final String label;

  Availability(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether the mentor may be placed in the slot (a tentative yes counts for the quorum). */
  public boolean canAttend() {
    return this != UNAVAILABLE;
  }
}
