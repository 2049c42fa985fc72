package org.mentra.sessions.safety;

/** Where a report stands: waiting for a moderator, decided (an appeal may still come), appealed, closed. */
public enum ReportStatus {
  OPEN("waiting for a moderator"),
  DECIDED("decided; the appeal window is open"),
  APPEALED("appealed; waiting for a second moderator"),
  CLOSED("closed");

  private final String words;

  ReportStatus(String words) {
    this.words = words;
  }

  /** For the coordinators' page: "waiting for a moderator". */
  public String words() {
    return words;
  }
}
