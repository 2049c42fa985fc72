package org.mentra.sessions.council.process;

import static org.mentra.sessions.council.CouncilVariables.COUNCIL_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.mail.MailStep;
import org.springframework.stereotype.Component;
import org.mentra.sessions.council.mail.CouncilMail;

/**
 * "Send the mentor who dropped out the cancellation": first, whether or not enough mentors are left,
 * since the drop-out page promises it.
 */
@Component
class SendDropOutCancellation implements JavaDelegate {

  private final CouncilMail mail;

  SendDropOutCancellation(CouncilMail mail) {
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mail.dropOutCancellation(MailStep.of(execution), COUNCIL_ID.from(execution));
  }
}
