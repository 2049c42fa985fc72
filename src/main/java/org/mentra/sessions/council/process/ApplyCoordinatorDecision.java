package org.mentra.sessions.council.process;

import static org.mentra.sessions.council.CouncilVariables.CANCELLATION_REASON;
import static org.mentra.sessions.council.CouncilVariables.COUNCIL_ID;
import static org.mentra.sessions.council.CouncilVariables.NEXT_STEP;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.engine.FormRefusal;
import org.springframework.stereotype.Component;
import org.mentra.sessions.council.CoordinatorDecision;
import org.mentra.sessions.council.CouncilCoordination;
import org.mentra.sessions.council.DecisionRejected;
import org.mentra.sessions.council.NextStep;

/**
 * "Apply the decision": carries out the coordinator's choice and clears the form's values, so a
 * later round of the task starts with an empty form.
 */
@Component
class ApplyCoordinatorDecision implements JavaDelegate {

  private final CouncilCoordination coordination;

  ApplyCoordinatorDecision(CouncilCoordination coordination) {
    this.coordination = coordination;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CoordinatorDecision decision = CoordinatorDecision.of(execution.getVariables());
    NextStep next;
    try {
      next = coordination.apply(COUNCIL_ID.from(execution), decision, CurrentUser.of(execution, "a coordinator"));
    } catch (DecisionRejected rejected) {
      // Checked when the task was completed, so only a race gets here: another coordinator decided meanwhile.
      throw new FormRefusal(rejected.getMessage());
    }
    NEXT_STEP.set(execution, next);
    if (next == NextStep.CANCEL) {
      CANCELLATION_REASON.set(execution, CouncilCoordination.cancellationReason(decision));
    }
    CoordinatorDecision.formFields().forEach(execution::removeVariable);
  }
}
