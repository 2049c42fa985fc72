package org.mentra.sessions.accountability.process;

import static org.mentra.sessions.accountability.NoShowCase.NOTE_TO_PERSON;
import static org.mentra.sessions.accountability.NoShowCase.STRIKE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.accountability.StrikeService;
import org.mentra.sessions.accountability.domain.StrikeDecision;
import org.mentra.sessions.engine.StepParameter;
import org.mentra.sessions.engine.StepParameters;
import org.springframework.stereotype.Component;

/**
 * Notes a coordinator's decision that lets the strike stand ({@code decision}: {@code upheld},
 * {@code warned}); their note goes into the next mail. Removing a strike is {@link RemoveStrike}.
 */
@Component
@StepParameter(name = "decision", values = RecordDecision.StandingDecision.class)
class RecordDecision implements JavaDelegate {

  private final StrikeService strikes;

  RecordDecision(StrikeService strikes) {
    this.strikes = strikes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StandingDecision decision = StepParameters.of(execution, this);
    strikes.decide(STRIKE_ID.from(execution), decision.recorded, NOTE_TO_PERSON.find(execution).orElse(null));
  }

  /**
   * The decisions a diagram may name here: only those after which the strike stands, so the model
   * check refuses a task that would try to excuse (or pause) through this step.
   */
  enum StandingDecision {
    /** The explanation was not accepted. */
    UPHELD(StrikeDecision.UPHELD),
    /** The volunteer was reminded of the commitment. */
    WARNED(StrikeDecision.WARNED);

    private final StrikeDecision recorded;

    StandingDecision(StrikeDecision recorded) {
      this.recorded = recorded;
    }
  }
}
