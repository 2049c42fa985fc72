package org.mentra.sessions.council.process;

import static org.mentra.sessions.council.CouncilVariables.COUNCIL_ID;
import static org.mentra.sessions.council.CouncilVariables.QUORUM_REACHED;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.mentra.sessions.council.CouncilLifecycle;

/** "Select the time": Timefold chooses the hour and the mentors (in a job of its own). */
@Component
class SelectCouncilTime implements JavaDelegate {

  private final CouncilLifecycle lifecycle;

  SelectCouncilTime(CouncilLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    QUORUM_REACHED.set(execution, lifecycle.selectTime(COUNCIL_ID.from(execution)));
  }
}
