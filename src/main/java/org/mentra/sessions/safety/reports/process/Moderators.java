package org.mentra.sessions.safety.reports.process;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who acts on a moderation task: its assignee, else the engine user signed in. */
final class Moderators {

  private Moderators() {}

  static String of(DelegateTask task) {
    return Optional.ofNullable(task.getAssignee()).or(() -> Optional.ofNullable(task.getProcessEngineServices()
        .getIdentityService().getCurrentAuthentication()).map(Authentication::getUserId)).orElse("unknown moderator");
  }
}
