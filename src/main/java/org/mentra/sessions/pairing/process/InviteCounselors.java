package org.mentra.sessions.pairing.process;

import static org.mentra.sessions.pairing.PairingVariables.EVENT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.mail.MailStep;
import org.springframework.stereotype.Component;
import org.mentra.sessions.pairing.AvailabilityService;

/** Seven days before: every counselor is asked for their windows and slot length. */
@Component
class InviteCounselors implements JavaDelegate {

  private final AvailabilityService availability;

  InviteCounselors(AvailabilityService availability) {
    this.availability = availability;
  }

  @Override
  public void execute(DelegateExecution execution) {
    availability.inviteCounselors(EVENT_ID.from(execution), MailStep.of(execution));
  }
}
