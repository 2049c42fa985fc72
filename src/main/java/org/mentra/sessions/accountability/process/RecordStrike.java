package org.mentra.sessions.accountability.process;

import static org.mentra.sessions.accountability.NoShowCase.ACTIVE_STRIKES;
import static org.mentra.sessions.accountability.NoShowCase.PERSON_ID;
import static org.mentra.sessions.accountability.NoShowCase.SESSION_ID;
import static org.mentra.sessions.accountability.NoShowCase.SESSION_KIND;
import static org.mentra.sessions.accountability.NoShowCase.STRIKE_ID;
import static org.mentra.sessions.accountability.NoShowCase.VOLUNTEER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.mentra.sessions.accountability.StrikeService;

/** Records the strike for the reported no-show and counts the person's active strikes. */
@Component
class RecordStrike implements JavaDelegate {

  private final StrikeService strikes;

  RecordStrike(StrikeService strikes) {
    this.strikes = strikes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StrikeService.RecordedStrike strike =
        strikes.record(SESSION_KIND.from(execution), SESSION_ID.from(execution), PERSON_ID.from(execution));
    STRIKE_ID.set(execution, strike.strikeId());
    ACTIVE_STRIKES.set(execution, strike.activeStrikes());
    VOLUNTEER.set(execution, strike.volunteer());
  }
}
