package org.mentra.sessions.mail;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The process step a mail is sent from, without the engine: a delegate passes it to its service,
 * which makes the mail keys (one mail per step, recipient and purpose) and stays testable without
 * the engine.
 */
public record MailStep(String scope, String step) {

  public static MailStep of(DelegateExecution execution) {
    return new MailStep(execution.getProcessInstanceId(), execution.getCurrentActivityId());
  }

  public MailKey key(Recipient recipient, String purpose) {
    return MailKey.of(scope, step, recipient, purpose);
  }
}
