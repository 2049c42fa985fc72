package org.mentra.sessions.safety.hosts.process;

import static org.mentra.sessions.safety.HostVerificationVariables.APPLICATION_ID;
import static org.mentra.sessions.safety.HostVerificationVariables.COORDINATOR;
import static org.mentra.sessions.safety.HostVerificationVariables.REJECTED_STEP;
import static org.mentra.sessions.safety.HostVerificationVariables.REJECTION_REASON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.safety.HostVerificationService;
import org.springframework.stereotype.Component;

/** "Record the rejection": the step, the reason and the date the applicant may apply again. */
@Component
class RejectHostApplication implements JavaDelegate {

  private final HostVerificationService hosts;

  RejectHostApplication(HostVerificationService hosts) {
    this.hosts = hosts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    hosts.reject(APPLICATION_ID.from(execution), REJECTED_STEP.from(execution), REJECTION_REASON.from(execution),
        COORDINATOR.from(execution));
  }
}
