package org.mentra.sessions.people;

/** The subscription plan, which decides what a person may book and host. */
public enum Plan {
  FREE("Free"),
  PREMIUM("Premium"),
  PROFESSIONAL("Professional"),
  COUNCIL("Council");

  private final String words;

  Plan(String words) {
    this.words = words;
  }

  /** The plan's name as members know it: "Council". */
  public String words() {
    return words;
  }
}
