package org.mentra.sessions.accountability.process;

import static org.mentra.sessions.accountability.NoShowCase.NOTE_TO_PERSON;
import static org.mentra.sessions.accountability.NoShowCase.PAUSE_DAYS;
import static org.mentra.sessions.accountability.NoShowCase.PAUSE_ENDS;
import static org.mentra.sessions.accountability.NoShowCase.STRIKE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.mentra.sessions.accountability.PauseService;

/** Pauses the volunteer for the days the coordinator chose; the case waits for its end. */
@Component
class PauseVolunteering implements JavaDelegate {

  private final PauseService pauses;

  PauseVolunteering(PauseService pauses) {
    this.pauses = pauses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PAUSE_ENDS.set(execution, pauses.pauseVolunteering(STRIKE_ID.from(execution), PAUSE_DAYS.from(execution),
        NOTE_TO_PERSON.find(execution).orElse(null)));
  }
}
