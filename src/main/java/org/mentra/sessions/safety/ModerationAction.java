package org.mentra.sessions.safety;

/** One line of a report's audit trail, and how the coordinators' page says it. */
public enum ModerationAction {
  REPORTED("Reported"),
  CLAIMED("Taken by a moderator"),
  ESCALATED("Escalated to the on-call coordinator"),
  DECIDED("Decided"),
  APPEALED("Appealed"),
  APPEAL_UPHELD("Appeal decided: the decision stands"),
  APPEAL_OVERTURNED("Appeal decided: the decision is withdrawn"),
  APPEAL_WINDOW_CLOSED("Appeal window closed");

  private final String words;

  ModerationAction(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }
}
