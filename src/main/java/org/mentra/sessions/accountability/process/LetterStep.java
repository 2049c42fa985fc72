package org.mentra.sessions.accountability.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.mail.MailStep;
import org.mentra.sessions.accountability.mail.Letters;
import org.mentra.sessions.accountability.NoShowCase;

/** A mail step of the case: one letter about the case's strike to the person who missed the session. */
abstract class LetterStep implements JavaDelegate {

  private final Letters letters;
  private final Letters.Letter letter;

  LetterStep(Letters letters, Letters.Letter letter) {
    this.letters = letters;
    this.letter = letter;
  }

  @Override
  public void execute(DelegateExecution execution) {
    letters.send(MailStep.of(execution), NoShowCase.STRIKE_ID.from(execution), letter);
  }
}
