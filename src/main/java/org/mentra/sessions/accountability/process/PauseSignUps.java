package org.mentra.sessions.accountability.process;

import static org.mentra.sessions.accountability.NoShowCase.ACTIVE_STRIKES;
import static org.mentra.sessions.accountability.NoShowCase.PAUSE_ENDS;
import static org.mentra.sessions.accountability.NoShowCase.STRIKE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.mentra.sessions.accountability.PauseService;

/** Pauses the participant's new sign-ups (mentra.accountability.sign-up-pause); the case waits for its end. */
@Component
class PauseSignUps implements JavaDelegate {

  private final PauseService pauses;

  PauseSignUps(PauseService pauses) {
    this.pauses = pauses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PAUSE_ENDS.set(execution, pauses.pauseSignUps(STRIKE_ID.from(execution), ACTIVE_STRIKES.from(execution)));
  }
}
