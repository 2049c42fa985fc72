package org.mentra.sessions.pairing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.mentra.sessions.mail.MailKey;
import org.mentra.sessions.mail.Recipient;

/**
 * The process step a service works for: it makes the mail keys (one mail per step, recipient and
 * purpose) without handing the engine to the service, so services are tested without it.
 */
record ProcessStep(String processInstanceId, String activityId) {

  static ProcessStep of(DelegateExecution execution) {
    return new ProcessStep(execution.getProcessInstanceId(), execution.getCurrentActivityId());
  }

  MailKey mailKey(Recipient recipient, String purpose) {
    return MailKey.of(processInstanceId, activityId, recipient, purpose);
  }
}
