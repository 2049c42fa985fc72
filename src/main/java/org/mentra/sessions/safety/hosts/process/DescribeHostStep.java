package org.mentra.sessions.safety.hosts.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.mentra.sessions.safety.HostVerificationService;
import org.mentra.sessions.safety.HostVerificationVariables;
import org.springframework.stereotype.Component;

/**
 * When a step opens: what its form shows besides the application, read fresh and kept task-local (the
 * activity history, the events a hand-over lists).
 */
@Component
class DescribeHostStep implements TaskListener {

  private final HostVerificationService hosts;

  DescribeHostStep(HostVerificationService hosts) {
    this.hosts = hosts;
  }

  @Override
  public void notify(DelegateTask task) {
    hosts.stepBrief(HostVerificationVariables.APPLICATION_ID.from(task), task.getTaskDefinitionKey())
        .forEach(task::setVariableLocal);
  }
}
