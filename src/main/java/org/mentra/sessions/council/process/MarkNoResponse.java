package org.mentra.sessions.council.process;

import static org.mentra.sessions.council.CouncilVariables.COUNCIL_ID;
import static org.mentra.sessions.council.CouncilVariables.MENTOR_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.mentra.sessions.council.CouncilAvailabilityService;

/** "Mark as no response": the deadline passed without an answer. */
@Component
class MarkNoResponse implements JavaDelegate {

  private final CouncilAvailabilityService availability;

  MarkNoResponse(CouncilAvailabilityService availability) {
    this.availability = availability;
  }

  @Override
  public void execute(DelegateExecution execution) {
    availability.markNoResponse(COUNCIL_ID.from(execution), MENTOR_ID.from(execution));
  }
}
