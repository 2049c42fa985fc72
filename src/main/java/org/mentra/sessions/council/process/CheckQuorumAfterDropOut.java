package org.mentra.sessions.council.process;

import static org.mentra.sessions.council.CouncilVariables.COUNCIL_ID;
import static org.mentra.sessions.council.CouncilVariables.QUORUM_HOLDS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.mentra.sessions.council.CouncilLifecycle;

/** "Check the mentors left" after a confirmed mentor dropped out. */
@Component
class CheckQuorumAfterDropOut implements JavaDelegate {

  private final CouncilLifecycle lifecycle;

  CheckQuorumAfterDropOut(CouncilLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    QUORUM_HOLDS.set(execution, lifecycle.quorumHoldsAfterDropOut(COUNCIL_ID.from(execution)));
  }
}
