package org.mentra.sessions.demo;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.mentra.sessions.engine.CoordinatorAccess;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo login {@code coordinator}/{@code coordinator}. Demo profile only: no other profile has a
 * default credential ({@code admin}/{@code admin} comes from camunda.bpm.admin-user in the same profile).
 */
@Component
@Profile("demo")
@Order(2)
class DemoUsers extends AbstractProcessEnginePlugin {

  static final String COORDINATOR = "coordinator";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(COORDINATOR).count() == 0) {
      User user = identity.newUser(COORDINATOR);
      user.setFirstName("Casey");
      user.setLastName("Coordinator");
      user.setEmail("coordinators@mentra.example");
      user.setPassword(COORDINATOR);
      identity.saveUser(user);
      identity.createMembership(COORDINATOR, CoordinatorAccess.GROUP);
    }
  }
}
