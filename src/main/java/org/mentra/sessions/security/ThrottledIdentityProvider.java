package org.mentra.sessions.security;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;

/**
 * The engine's own users, with every failed password check counted by the {@link LoginThrottle}. Every
 * login surface ends here (HTTP Basic on the API and the coordinator pages, the engine REST API, its
 * identity/verify, the webapps' login form), so each failure is counted once, whichever way it came, and
 * each success tells the throttle where the user logs in from. Every change of a user (a new password) or
 * of their groups, made through the engine (Admin, its REST API, the IdentityService), makes the
 * {@link BasicLoginCache} forget them, so it takes effect at their next request.
 */
class ThrottledIdentityProvider extends DbIdentityServiceProvider {

  private final LoginThrottle throttle;
  private final BasicLoginCache logins;

  ThrottledIdentityProvider(LoginThrottle throttle, BasicLoginCache logins) {
    this.throttle = throttle;
    this.logins = logins;
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    boolean valid = super.checkPassword(userId, password);
    if (valid) {
      throttle.succeeded(LoginThrottleFilter.currentClientAddress(), userId);
    } else {
      throttle.failed(LoginThrottleFilter.currentClientAddress(), userId);
    }
    return valid;
  }

  @Override
  public IdentityOperationResult saveUser(User user) {
    logins.forget(user.getId());
    return super.saveUser(user);
  }

  @Override
  public IdentityOperationResult deleteUser(String userId) {
    logins.forget(userId);
    return super.deleteUser(userId);
  }

  @Override
  public IdentityOperationResult createMembership(String userId, String groupId) {
    logins.forget(userId);
    return super.createMembership(userId, groupId);
  }

  @Override
  public IdentityOperationResult deleteMembership(String userId, String groupId) {
    logins.forget(userId);
    return super.deleteMembership(userId, groupId);
  }

  @Override
  public IdentityOperationResult deleteGroup(String groupId) {
    logins.forgetAll();
    return super.deleteGroup(groupId);
  }
}
