package org.mentra.sessions.accountability.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.engine.FormRefusal;
import org.mentra.sessions.engine.ProcessVariable;
import org.springframework.stereotype.Component;
import org.mentra.sessions.accountability.NoShowCase;
import org.mentra.sessions.accountability.PauseService;

/**
 * Tasklist's "Lift a pause early": lifts the pause of the person named in the start form. An email
 * nobody has, or a person who is not paused, is refused in the form, so the coordinator corrects it
 * there.
 */
@Component
class LiftPauseEarly implements JavaDelegate {

  static final ProcessVariable<String> PERSON_EMAIL = ProcessVariable.string("personEmail");
  static final ProcessVariable<String> LIFTED_BY = ProcessVariable.string("liftedBy");

  private final PauseService pauses;

  LiftPauseEarly(PauseService pauses) {
    this.pauses = pauses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String email = PERSON_EMAIL.find(execution).orElse("").strip();
    PauseService.LiftResult result = pauses.liftEarlyByEmail(email,
        LIFTED_BY.find(execution).orElse("a coordinator in Tasklist"), NoShowCase.NOTE_TO_PERSON.find(execution).orElse(null));
    switch (result) {
      case LIFTED -> { }
      case UNKNOWN_PERSON -> throw new FormRefusal("Nobody has the email " + email
          + ". Please check the address: it is the one the person signed up with.");
      case NOT_PAUSED -> throw new FormRefusal("The person with the email " + email
          + " has no running pause, so there is nothing to lift: they can already sign up.");
    }
  }
}
