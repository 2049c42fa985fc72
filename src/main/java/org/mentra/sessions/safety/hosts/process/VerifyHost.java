package org.mentra.sessions.safety.hosts.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.safety.HostVerificationService;
import org.mentra.sessions.safety.HostVerificationVariables;
import org.springframework.stereotype.Component;

/** Every step approved: the host is verified until {@code valid-for} from now. */
@Component
class VerifyHost implements JavaDelegate {

  private final HostVerificationService hosts;

  VerifyHost(HostVerificationService hosts) {
    this.hosts = hosts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    hosts.approve(HostVerificationVariables.APPLICATION_ID.from(execution),
        HostVerificationVariables.COORDINATOR.from(execution));
  }
}
