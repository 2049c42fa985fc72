package org.mentra.sessions.council.process;

import static org.mentra.sessions.council.CouncilVariables.COUNCIL_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.mail.MailStep;
import org.springframework.stereotype.Component;
import org.mentra.sessions.council.mail.CouncilMail;

/** "Send updated invites" after a drop-out that leaves enough mentors, to everyone still in. */
@Component
class SendUpdatedInvites implements JavaDelegate {

  private final CouncilMail mail;

  SendUpdatedInvites(CouncilMail mail) {
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mail.updatedInvites(MailStep.of(execution), COUNCIL_ID.from(execution));
  }
}
