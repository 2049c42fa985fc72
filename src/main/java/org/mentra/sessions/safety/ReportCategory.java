package org.mentra.sessions.safety;

/** What a report is about; a risk (self-harm, a threat) is an urgent concern whatever the reporter ticked. */
public enum ReportCategory {
  HARASSMENT("harassment", false),
  SELF_HARM_RISK("a risk of self-harm", true),
  THREAT("a threat", true),
  SPAM("spam", false),
  INAPPROPRIATE("inappropriate behaviour", false),
  OTHER("another concern", false);

  private final String words;
  private final boolean risk;

  ReportCategory(String words, boolean risk) {
    this.words = words;
    this.risk = risk;
  }

  public String words() {
    return words;
  }

  public boolean isRisk() {
    return risk;
  }
}
