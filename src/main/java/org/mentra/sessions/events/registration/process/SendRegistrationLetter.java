package org.mentra.sessions.events.registration.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.engine.StepParameter;
import org.mentra.sessions.engine.StepParameters;
import org.mentra.sessions.events.registration.RegistrationProcess;
import org.mentra.sessions.events.registration.mail.RegistrationLetters;
import org.mentra.sessions.events.registration.mail.RegistrationLetters.Letter;
import org.mentra.sessions.mail.MailStep;
import org.springframework.stereotype.Component;

/** A mail step of a registration: the letter the task names ({@code letter}: {@code confirmed}, …). */
@Component
@StepParameter(name = "letter", values = Letter.class)
class SendRegistrationLetter implements JavaDelegate {

  private final RegistrationLetters letters;

  SendRegistrationLetter(RegistrationLetters letters) {
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Letter letter = StepParameters.of(execution, this);
    letters.send(MailStep.of(execution), RegistrationProcess.REGISTRATION_ID.from(execution), letter,
        RegistrationProcess.APPROVED.find(execution).orElse(false),
        RegistrationProcess.NOTE_TO_PERSON.find(execution).orElse(null));
  }
}
