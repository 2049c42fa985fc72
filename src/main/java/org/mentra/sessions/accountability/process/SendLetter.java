package org.mentra.sessions.accountability.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.accountability.NoShowCase;
import org.mentra.sessions.accountability.mail.Letters;
import org.mentra.sessions.accountability.mail.Letters.Letter;
import org.mentra.sessions.engine.StepParameter;
import org.mentra.sessions.engine.StepParameters;
import org.mentra.sessions.mail.MailStep;
import org.springframework.stereotype.Component;

/**
 * A mail step of the case: the letter the task names ({@code letter}: {@code caring-check-in}, …)
 * about the case's strike, to the person who missed the session.
 */
@Component
@StepParameter(name = "letter", values = Letter.class)
class SendLetter implements JavaDelegate {

  private final Letters letters;

  SendLetter(Letters letters) {
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Letter letter = StepParameters.of(execution, this);
    letters.send(MailStep.of(execution), NoShowCase.STRIKE_ID.from(execution), letter);
  }
}
