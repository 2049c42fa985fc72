package org.mentra.sessions.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.spring.boot.starter.property.AdminUserProperty;
import org.junit.jupiter.api.Test;

/** Outside the demo no administrator is created whose password anyone could guess from its id. */
class AdminUserPasswordTest {

  @Test
  void anAdministratorIdWithoutAPasswordOrWithItselfAsThePasswordStopsTheStart() {
    assertThatThrownBy(() -> AdminUserPassword.check(admin("admin", null)))
        .hasMessageContaining("CAMUNDA_BPM_ADMIN_USER_PASSWORD");
    assertThatThrownBy(() -> AdminUserPassword.check(admin("admin", "admin")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anAdministratorWithAPasswordOfItsOwnOrNoneAtAllIsFine() {
    assertThatCode(() -> AdminUserPassword.check(admin("admin", "a long secret"))).doesNotThrowAnyException();
    assertThatCode(() -> AdminUserPassword.check(new AdminUserProperty())).doesNotThrowAnyException();
    assertThatCode(() -> AdminUserPassword.check(null)).doesNotThrowAnyException();
  }

  private static AdminUserProperty admin(String id, String password) {
    AdminUserProperty admin = new AdminUserProperty();
    admin.setId(id);
    admin.setPassword(password);
    return admin;
  }
}
