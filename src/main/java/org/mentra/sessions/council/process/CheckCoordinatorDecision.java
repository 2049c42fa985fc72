package org.mentra.sessions.council.process;

import static org.mentra.sessions.council.CouncilVariables.COUNCIL_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.mentra.sessions.engine.FormRefusal;
import org.springframework.stereotype.Component;
import org.mentra.sessions.council.CoordinatorDecision;
import org.mentra.sessions.council.CouncilCoordination;
import org.mentra.sessions.council.DecisionRejected;

/**
 * When the coordinator completes "Resolve council coordination": a decision that cannot be carried
 * out is refused, so the task stays open and Tasklist shows what to change.
 */
@Component
class CheckCoordinatorDecision implements TaskListener {

  private final CouncilCoordination coordination;

  CheckCoordinatorDecision(CouncilCoordination coordination) {
    this.coordination = coordination;
  }

  @Override
  public void notify(DelegateTask task) {
    try {
      coordination.check(COUNCIL_ID.from(task), CoordinatorDecision.of(task.getVariables()));
    } catch (DecisionRejected rejected) {
      throw new FormRefusal(rejected.getMessage());
    }
  }
}
