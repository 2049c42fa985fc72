package org.mentra.sessions.council.domain;

/** How a mentor came into the council. */
public enum MentorSource {
  /** Chosen by the mentee. */
  PICKED("picked by the mentee"),
  /** Chosen by the priority score. */
  MATCHED("matched by the system");

  private final String words;

  MentorSource(String words) {
    this.words = words;
  }

  /** In words, for coordinators: "picked by the mentee". */
  public String words() {
    return words;
  }
}
