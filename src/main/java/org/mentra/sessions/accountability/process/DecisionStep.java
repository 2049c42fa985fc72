package org.mentra.sessions.accountability.process;

import static org.mentra.sessions.accountability.NoShowCase.NOTE_TO_PERSON;
import static org.mentra.sessions.accountability.NoShowCase.STRIKE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.accountability.domain.StrikeDecision;
import org.mentra.sessions.accountability.StrikeService;

/** Notes a coordinator's decision that lets the strike stand; their note goes into the next mail. */
abstract class DecisionStep implements JavaDelegate {

  private final StrikeService strikes;
  private final StrikeDecision decision;

  DecisionStep(StrikeService strikes, StrikeDecision decision) {
    this.strikes = strikes;
    this.decision = decision;
  }

  @Override
  public void execute(DelegateExecution execution) {
    strikes.decide(STRIKE_ID.from(execution), decision, NOTE_TO_PERSON.find(execution).orElse(null));
  }
}
