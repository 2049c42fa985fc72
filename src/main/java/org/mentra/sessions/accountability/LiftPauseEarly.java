package org.mentra.sessions.accountability;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.engine.ProcessVariable;
import org.springframework.stereotype.Component;

/** Tasklist's "Lift a pause early": lifts the pause of the person named in the start form. */
@Component
class LiftPauseEarly implements JavaDelegate {

  static final ProcessVariable<String> PERSON_EMAIL = ProcessVariable.string("personEmail");
  static final ProcessVariable<String> LIFTED_BY = ProcessVariable.string("liftedBy");
  static final ProcessVariable<PauseService.LiftResult> LIFT_RESULT =
      ProcessVariable.enumeration("liftResult", PauseService.LiftResult.class);

  private final PauseService pauses;

  LiftPauseEarly(PauseService pauses) {
    this.pauses = pauses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LIFT_RESULT.set(execution, pauses.liftEarlyByEmail(PERSON_EMAIL.find(execution).orElse(null),
        LIFTED_BY.find(execution).orElse("a coordinator in Tasklist"), NoShowCase.NOTE_TO_PERSON.find(execution).orElse(null)));
  }
}
