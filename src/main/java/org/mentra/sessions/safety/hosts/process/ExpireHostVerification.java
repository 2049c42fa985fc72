package org.mentra.sessions.safety.hosts.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.safety.HostVerificationService;
import org.mentra.sessions.safety.HostVerificationVariables;
import org.springframework.stereotype.Component;

/** The verification ran out: EXPIRED; tells the diagram whether there are events to hand over. */
@Component
class ExpireHostVerification implements JavaDelegate {

  private final HostVerificationService hosts;

  ExpireHostVerification(HostVerificationService hosts) {
    this.hosts = hosts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    HostVerificationVariables.HAND_OVER_EVENTS.set(execution,
        hosts.expire(HostVerificationVariables.APPLICATION_ID.from(execution)));
  }
}
