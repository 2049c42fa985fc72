package org.mentra.sessions.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * HTTP Basic against the engine's own users and groups, so the API, Tasklist and the engine REST API
 * know the same people. Group {@code coordinators} becomes ROLE_COORDINATOR. A client or user the
 * {@link LoginThrottle} holds back gets a 429 before any password is checked. A login that succeeded
 * with the same password moments ago is taken from the {@link BasicLoginCache}: a Basic client sends its
 * password with every request, and the engine's check and group query cost a fifth of a request's CPU.
 */
public class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identity;
  private final LoginThrottle throttle;
  private final BasicLoginCache cache;

  public EngineIdentityAuthenticationProvider(IdentityService identity, LoginThrottle throttle,
      BasicLoginCache cache) {
    this.identity = identity;
    this.throttle = throttle;
    this.cache = cache;
  }

  /** Failures are counted where the engine checks the password (ThrottledIdentityProvider). */
  @Override
  public Authentication authenticate(Authentication authentication) {
    String user = authentication.getName();
    Object credentials = authentication.getCredentials();
    String address = authentication.getDetails() instanceof WebAuthenticationDetails details
        ? details.getRemoteAddress() : null;
    throttle.backOff(address, user).ifPresent(wait -> {
      throw new LoginThrottledException(wait);
    });
    if (user == null || credentials == null) {
      throw new BadCredentialsException("Unknown user or wrong password");
    }
    String password = credentials.toString();
    List<GrantedAuthority> authorities = cache.authorities(user, password).orElse(null);
    if (authorities == null) {
      if (!identity.checkPassword(user, password)) {
        throw new BadCredentialsException("Unknown user or wrong password");
      }
      List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
      authorities = List.copyOf(GroupAuthorities.of(groups));
      cache.succeeded(user, password, authorities);
    }
    return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
