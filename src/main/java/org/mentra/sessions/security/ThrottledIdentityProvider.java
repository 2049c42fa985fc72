package org.mentra.sessions.security;

import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;

/**
 * The engine's own users, with every failed password check counted by the {@link LoginThrottle}. Every
 * login surface ends here (HTTP Basic on the API and the coordinator pages, the engine REST API, its
 * identity/verify, the webapps' login form), so each failure is counted once, whichever way it came, and
 * each success tells the throttle where the user logs in from.
 */
class ThrottledIdentityProvider extends DbIdentityServiceProvider {

  private final LoginThrottle throttle;

  ThrottledIdentityProvider(LoginThrottle throttle) {
    this.throttle = throttle;
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
}
