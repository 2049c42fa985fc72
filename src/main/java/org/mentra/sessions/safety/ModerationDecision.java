package org.mentra.sessions.safety;

import java.util.Locale;

/** What a moderator decides on a report. All but dismiss affect the reported person, who is told and may appeal. */
public enum ModerationDecision {
  DISMISS("dismissed", "No action"),
  WARN("a warning", "Warn them"),
  BLOCK("kept away from a host's events", "Block them from a host's events"),
  PAUSE("new sign-ups paused", "Pause their sign-ups"),
  REMOVE_HOST("no longer hosting", "Remove them as host");

  private final String words;
  private final String label;

  ModerationDecision(String words, String label) {
    this.words = words;
    this.label = label;
  }

  /** As the reported person reads it: "a warning". */
  public String words() {
    return words;
  }

  /** As the moderator's form offers it. */
  public String label() {
    return label;
  }

  public boolean affectsReportedPerson() {
    return this != DISMISS;
  }

  /** The form's value: "remove-host". */
  public String value() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static ModerationDecision ofValue(String value) {
    for (ModerationDecision d : values()) {
      if (d.value().equals(value)) {
        return d;
      }
    }
    throw new IllegalArgumentException("No decision " + value);
  }
}
