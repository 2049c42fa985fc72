package org.mentra.sessions.safety.hosts.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.safety.HostVerificationService;
import org.mentra.sessions.safety.HostVerificationVariables;
import org.springframework.stereotype.Component;

/** Every step approved: the host is verified until {@code valid-for} from now (the expiry timer's date). */
@Component
class VerifyHost implements JavaDelegate {

  private final HostVerificationService hosts;

  VerifyHost(HostVerificationService hosts) {
    this.hosts = hosts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var expiresAt = hosts.approve(HostVerificationVariables.APPLICATION_ID.from(execution),
        HostVerificationVariables.COORDINATOR.from(execution));
    HostVerificationVariables.EXPIRES_AT.set(execution, expiresAt.toString());
  }
}
