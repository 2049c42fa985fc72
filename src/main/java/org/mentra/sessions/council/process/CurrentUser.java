package org.mentra.sessions.council.process;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who drives a step from Tasklist: the engine user logged in, for the council's notes. */
final class CurrentUser {

  private CurrentUser() {}

  static String of(DelegateExecution execution, String fallback) {
    return Optional.ofNullable(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication())
        .map(Authentication::getUserId).orElse(fallback);
  }
}
