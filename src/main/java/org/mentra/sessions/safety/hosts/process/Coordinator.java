package org.mentra.sessions.safety.hosts.process;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completes a verification step: its assignee, else the engine user signed in. */
final class Coordinator {

  private Coordinator() {}

  static String of(DelegateTask task) {
    return Optional.ofNullable(task.getAssignee()).or(() -> Optional.ofNullable(task.getProcessEngineServices()
        .getIdentityService().getCurrentAuthentication()).map(Authentication::getUserId)).orElse("a coordinator");
  }
}
