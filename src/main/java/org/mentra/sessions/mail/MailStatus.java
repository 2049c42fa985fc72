package org.mentra.sessions.mail;

/** Where a mail is: waiting (no SMTP server, or retrying), sent, or failed for good. */
public enum MailStatus {
  PENDING("waiting"),
  SENT("sent"),
  FAILED("failed");

  private final String words;

  MailStatus(String words) {
    this.words = words;
  }

  /** In words, for coordinators: "waiting". */
  public String words() {
    return words;
  }
}
