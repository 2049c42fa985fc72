package org.mentra.sessions.accountability.process;

import static org.mentra.sessions.accountability.NoShowCase.NOTE_TO_PERSON;
import static org.mentra.sessions.accountability.NoShowCase.STILL_PAUSED;
import static org.mentra.sessions.accountability.NoShowCase.STRIKE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.mentra.sessions.accountability.StrikeService;

/** A coordinator excused the missed session: the strike no longer counts (and its pause may end). */
@Component
class RemoveStrike implements JavaDelegate {

  private final StrikeService strikes;

  RemoveStrike(StrikeService strikes) {
    this.strikes = strikes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    STILL_PAUSED.set(execution, strikes.excuse(STRIKE_ID.from(execution), NOTE_TO_PERSON.find(execution).orElse(null)));
  }
}
