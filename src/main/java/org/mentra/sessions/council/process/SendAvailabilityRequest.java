package org.mentra.sessions.council.process;

import static org.mentra.sessions.council.CouncilVariables.COUNCIL_ID;
import static org.mentra.sessions.council.CouncilVariables.MENTOR_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.mail.MailStep;
import org.springframework.stereotype.Component;
import org.mentra.sessions.council.CouncilAvailabilityService;

/** "Send availability request" to the mentor of this branch. */
@Component
class SendAvailabilityRequest implements JavaDelegate {

  private final CouncilAvailabilityService availability;

  SendAvailabilityRequest(CouncilAvailabilityService availability) {
    this.availability = availability;
  }

  @Override
  public void execute(DelegateExecution execution) {
    availability.ask(MailStep.of(execution), COUNCIL_ID.from(execution), MENTOR_ID.from(execution));
  }
}
