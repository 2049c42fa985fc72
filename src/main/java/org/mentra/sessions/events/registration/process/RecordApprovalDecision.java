package org.mentra.sessions.events.registration.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.events.registration.RegistrationProcess;
import org.mentra.sessions.events.registration.EventRegistrationService;
import org.springframework.stereotype.Component;

/** The coordinators' answer from the approval form: the seat is theirs, or it goes to the next in line. */
@Component
class RecordApprovalDecision implements JavaDelegate {

  private final EventRegistrationService registrations;

  RecordApprovalDecision(EventRegistrationService registrations) {
    this.registrations = registrations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean approve = "APPROVE".equals(RegistrationProcess.APPROVAL_DECISION.from(execution));
    RegistrationProcess.APPROVED.set(execution,
        registrations.decideApproval(RegistrationProcess.REGISTRATION_ID.from(execution), approve));
  }
}
