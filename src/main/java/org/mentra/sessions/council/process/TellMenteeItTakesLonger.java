package org.mentra.sessions.council.process;

import static org.mentra.sessions.council.CouncilVariables.COUNCIL_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.mail.MailStep;
import org.springframework.stereotype.Component;
import org.mentra.sessions.council.mail.CouncilMail;

/** "Tell the mentee it takes longer", gently. */
@Component
class TellMenteeItTakesLonger implements JavaDelegate {

  private final CouncilMail mail;

  TellMenteeItTakesLonger(CouncilMail mail) {
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mail.menteeDelay(MailStep.of(execution), COUNCIL_ID.from(execution));
  }
}
