package org.mentra.sessions.council.process;

import static org.mentra.sessions.council.CouncilVariables.COUNCIL_ID;
import static org.mentra.sessions.council.CouncilVariables.SESSION_END;
import static org.mentra.sessions.council.CouncilVariables.SESSION_START;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.mentra.sessions.shared.TimeRange;
import org.mentra.sessions.council.CouncilLifecycle;

/** "Confirm the council": the hour is fixed and the meeting room created. */
@Component
class ConfirmCouncil implements JavaDelegate {

  private final CouncilLifecycle lifecycle;

  ConfirmCouncil(CouncilLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TimeRange slot = lifecycle.confirm(COUNCIL_ID.from(execution));
    SESSION_START.set(execution, slot.start());
    SESSION_END.set(execution, slot.end());
  }
}
