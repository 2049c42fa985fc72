package org.mentra.sessions.accountability.process;

import static org.mentra.sessions.accountability.NoShowCase.PAUSE_OVER;
import static org.mentra.sessions.accountability.NoShowCase.STRIKE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.mentra.sessions.accountability.PauseService;

/** The pause's time is up: lifts it, unless a later case paused the person for longer. */
@Component
class EndPause implements JavaDelegate {

  private final PauseService pauses;

  EndPause(PauseService pauses) {
    this.pauses = pauses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PAUSE_OVER.set(execution, pauses.endPause(STRIKE_ID.from(execution)));
  }
}
