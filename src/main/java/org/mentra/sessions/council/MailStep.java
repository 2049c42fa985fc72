package org.mentra.sessions.council;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.mentra.sessions.mail.MailKey;
import org.mentra.sessions.mail.Recipient;

/**
 * The process step that sends a mail: with the recipient and the purpose it makes the mail's
 * dedup key, so a retried step never mails anyone twice.
 */
record MailStep(String scope, String activity) {

  static MailStep of(DelegateExecution execution) {
    return new MailStep(execution.getProcessInstanceId(), execution.getCurrentActivityId());
  }

  MailKey key(Recipient recipient, String purpose) {
    return MailKey.of(scope, activity, recipient, purpose);
  }
}
