package org.mentra.sessions.council.mail;

/**
 * The three reminders to a mentor who has not answered, each firmer than the last; the diagram's
 * reminder tasks name theirs ({@code first}, {@code second}, {@code final}).
 */
public enum Reminder {
  FIRST("reminder-first"),
  SECOND("reminder-second"),
  FINAL("reminder-final");

  private final String template;

  Reminder(String template) {
    this.template = template;
  }

  String template() {
    return template;
  }

  /** The mail's purpose: one reminder of each kind per mentor and round. */
  String purpose() {
    return template;
  }
}
