package org.mentra.sessions.council.process;

import static org.mentra.sessions.council.CouncilVariables.COUNCIL_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.mail.MailStep;
import org.springframework.stereotype.Component;
import org.mentra.sessions.council.mail.CouncilMail;
import org.mentra.sessions.council.CouncilProperties;

/** "Send the last reminder before the session", with each participant's join link. */
@Component
class SendLastSessionReminder implements JavaDelegate {

  private final CouncilMail mail;
  private final CouncilProperties properties;

  SendLastSessionReminder(CouncilMail mail, CouncilProperties properties) {
    this.mail = mail;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mail.sessionReminder(MailStep.of(execution), COUNCIL_ID.from(execution), properties.lastSessionReminder());
  }
}
