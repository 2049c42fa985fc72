package org.mentra.sessions.council.process;

import static org.mentra.sessions.council.CouncilVariables.COUNCIL_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.mentra.sessions.council.CouncilLifecycle;

/** "Hand over to the coordinators": the council waits for their decision. */
@Component
class HandToCoordinators implements JavaDelegate {

  private final CouncilLifecycle lifecycle;

  HandToCoordinators(CouncilLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    lifecycle.escalate(COUNCIL_ID.from(execution));
  }
}
