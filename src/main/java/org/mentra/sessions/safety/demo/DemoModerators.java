package org.mentra.sessions.safety.demo;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.mentra.sessions.safety.ModerationAccess;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo logins {@code moderator}/{@code moderator} and {@code moderator2}/{@code moderator2} in the
 * {@code moderators} group: two, because an appeal goes to a moderator who did not decide the report. Demo profile
 * only, after {@link ModerationAccess} has made the group.
 */
@Component
@Profile("demo")
@Order(3)
class DemoModerators extends AbstractProcessEnginePlugin {

  static final String MODERATOR = "moderator";
  static final String SECOND_MODERATOR = "moderator2";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    ensure(identity, MODERATOR, "Morgan", "moderators@mentra.example");
    ensure(identity, SECOND_MODERATOR, "Robin", "moderators@mentra.example");
  }

  private static void ensure(IdentityService identity, String id, String firstName, String email) {
    if (identity.createUserQuery().userId(id).count() > 0) {
      return;
    }
    User user = identity.newUser(id);
    user.setFirstName(firstName);
    user.setLastName("Moderator");
    user.setEmail(email);
    user.setPassword(id);
    identity.saveUser(user);
    identity.createMembership(id, ModerationAccess.GROUP);
  }
}
