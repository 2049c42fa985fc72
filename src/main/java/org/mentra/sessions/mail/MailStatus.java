package org.mentra.sessions.mail;

/** Where a mail is: waiting (no SMTP server, or retrying), sent, or failed for good. */
public enum MailStatus {
  PENDING,
  SENT,
  FAILED
}
