package org.mentra.sessions.safety.hosts.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.safety.HostVerificationService;
import org.mentra.sessions.safety.HostVerificationVariables;
import org.springframework.stereotype.Component;

/** Removed as host (revoked already, with the moderator's decision): are there events to hand over? */
@Component
class FindEventsAfterRemoval implements JavaDelegate {

  private final HostVerificationService hosts;

  FindEventsAfterRemoval(HostVerificationService hosts) {
    this.hosts = hosts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    HostVerificationVariables.HAND_OVER_EVENTS.set(execution,
        hosts.hasEventsToHandOver(HostVerificationVariables.APPLICATION_ID.from(execution)));
  }
}
