package org.mentra.sessions.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.mentra.sessions.people.Coordinators;

/** Engine users for tests: a coordinator and a member without any group. */
public final class TestUsers {

  public static final String COORDINATOR = "testcoordinator";
  public static final String COORDINATOR_PASSWORD = "coordinator-secret";
  public static final String COORDINATOR_EMAIL = "test-coordinator@mentra.example";
  /** Another coordinator, for races between two of them: {@link #ensureSecondCoordinator}. */
  public static final String SECOND_COORDINATOR = "testcoordinator2";
  public static final String SECOND_COORDINATOR_PASSWORD = "coordinator2-secret";
  public static final String MEMBER = "testmember";
  public static final String MEMBER_PASSWORD = "member-secret";
  static final String ADMIN = "testadmin";
  static final String ADMIN_PASSWORD = "admin-secret";

  private TestUsers() {}

  static synchronized void ensure(IdentityService identity) {
    if (identity.createUserQuery().userId(COORDINATOR).count() == 0) {
      create(identity, COORDINATOR, COORDINATOR_PASSWORD, COORDINATOR_EMAIL);
      identity.createMembership(COORDINATOR, Coordinators.GROUP);
    }
    if (identity.createUserQuery().userId(MEMBER).count() == 0) {
      create(identity, MEMBER, MEMBER_PASSWORD, "test-member@mentra.example");
    }
  }

  /** A second user of the group coordinators (without an email address: mail to coordinators stays the same). */
  public static synchronized void ensureSecondCoordinator(IdentityService identity) {
    if (identity.createUserQuery().userId(SECOND_COORDINATOR).count() == 0) {
      create(identity, SECOND_COORDINATOR, SECOND_COORDINATOR_PASSWORD, null);
      identity.createMembership(SECOND_COORDINATOR, Coordinators.GROUP);
    }
  }

  /**
   * An administrator, so that the webapps open (with none, every Camunda webapp page sends the browser
   * to Admin's "create the first administrator" setup). Only the browser tests need it.
   */
  public static synchronized void ensureAdministrator(IdentityService identity) {
    if (identity.createGroupQuery().groupId(org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN).count() == 0) {
      org.camunda.bpm.engine.identity.Group admins = identity.newGroup(
          org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN);
      admins.setName("Camunda administrators");
      admins.setType(org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_SYSTEM);
      identity.saveGroup(admins);
    }
    if (identity.createUserQuery().userId(ADMIN).count() == 0) {
      create(identity, ADMIN, ADMIN_PASSWORD, "test-admin@mentra.example");
      identity.createMembership(ADMIN, org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN);
    }
  }

  private static void create(IdentityService identity, String id, String password, String email) {
    User user = identity.newUser(id);
    user.setFirstName(id);
    user.setLastName("Test");
    user.setEmail(email);
    user.setPassword(password);
    identity.saveUser(user);
  }
}
