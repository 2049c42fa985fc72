package org.mentra.sessions.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.mentra.sessions.people.Coordinators;

/** Engine users for tests: a coordinator and a member without any group. */
public final class TestUsers {

  public static final String COORDINATOR = "testcoordinator";
  public static final String COORDINATOR_PASSWORD = "coordinator-secret";
  public static final String COORDINATOR_EMAIL = "test-coordinator@mentra.example";
  public static final String MEMBER = "testmember";
  public static final String MEMBER_PASSWORD = "member-secret";

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

  private static void create(IdentityService identity, String id, String password, String email) {
    User user = identity.newUser(id);
    user.setFirstName(id);
    user.setLastName("Test");
    user.setEmail(email);
    user.setPassword(password);
    identity.saveUser(user);
  }
}
