package org.mentra.sessions.mail;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * What makes a mail unique: the process instance (or another scope), the step, the recipient and
 * the purpose. Composing a second mail with the same key composes nothing: a retried or repeated
 * step never mails anyone twice. A step that may rightly mail the same person again in a later
 * round says so in its purpose ({@code availability-request#2}).
 */
public record MailKey(String scope, String step, String recipient, String purpose) {

  private static final int MAX_LENGTH = 500;

  public MailKey {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(purpose, "purpose");
    if (value(scope, step, recipient, purpose).length() > MAX_LENGTH) {
      throw new IllegalArgumentException("Mail key too long: " + value(scope, step, recipient, purpose));
    }
  }

  /** The key of a mail sent by a process step to one recipient. */
  public static MailKey forStep(DelegateExecution execution, Recipient recipient, String purpose) {
    return MailStep.of(execution).key(recipient, purpose);
  }

  /** The key of a mail sent outside a process (an API call, a one-click page). */
  public static MailKey of(String scope, String step, Recipient recipient, String purpose) {
    return new MailKey(scope, step, recipient.key(), purpose);
  }

  public String value() {
    return value(scope, step, recipient, purpose);
  }

  private static String value(String scope, String step, String recipient, String purpose) {
    return scope + "|" + step + "|" + recipient + "|" + purpose;
  }
}
