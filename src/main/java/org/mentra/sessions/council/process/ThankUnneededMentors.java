package org.mentra.sessions.council.process;

import static org.mentra.sessions.council.CouncilVariables.COUNCIL_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.mail.MailStep;
import org.springframework.stereotype.Component;
import org.mentra.sessions.council.mail.CouncilMail;

/** "Thank the mentors not needed": those who answered but are not in the session. */
@Component
class ThankUnneededMentors implements JavaDelegate {

  private final CouncilMail mail;

  ThankUnneededMentors(CouncilMail mail) {
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mail.thankUnneededMentors(MailStep.of(execution), COUNCIL_ID.from(execution));
  }
}
