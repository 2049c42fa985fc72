package org.mentra.sessions.council.process;

import static org.mentra.sessions.council.CouncilVariables.COUNCIL_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.mentra.sessions.council.CouncilLifecycle;

/** "Mark the council as held" once the session is over. */
@Component
class CompleteCouncil implements JavaDelegate {

  private final CouncilLifecycle lifecycle;

  CompleteCouncil(CouncilLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    lifecycle.complete(COUNCIL_ID.from(execution));
  }
}
