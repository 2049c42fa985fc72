package org.mentra.sessions.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.property.AdminUserProperty;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * No default administrator outside the demo: given camunda.bpm.admin-user.id without a password, Camunda
 * creates that user with its id as the password (CAMUNDA_BPM_ADMIN_USER_ID=admin alone made admin/admin).
 * The engine is not built then, so the user is never created: a later start with a password would not
 * change an existing user's.
 */
@Component
@Profile("!demo")
class AdminUserPassword extends AbstractProcessEnginePlugin {

  private final CamundaBpmProperties camunda;

  AdminUserPassword(CamundaBpmProperties camunda) {
    this.camunda = camunda;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    check(camunda.getAdminUser());
  }

  static void check(@Nullable AdminUserProperty admin) {
    if (admin != null && admin.getId() != null && admin.getId().equals(admin.getPassword())) {
      throw new IllegalStateException("camunda.bpm.admin-user.id (CAMUNDA_BPM_ADMIN_USER_ID) is set without a "
          + "password of its own: set camunda.bpm.admin-user.password (CAMUNDA_BPM_ADMIN_USER_PASSWORD) to one that "
          + "differs from the id, or set neither and create the administrator on the first visit to Admin. "
          + "Camunda would otherwise take the id as the password.");
    }
  }
}
