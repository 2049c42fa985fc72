package org.mentra.sessions.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.support.MovableClock;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** HTTP Basic logins taken again within the cache's time, and only the right password's. */
class BasicLoginCacheTest {

  private static final Duration KEEP_FOR = Duration.ofSeconds(30);

  private final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T10:00:00Z"));
  private final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
  private final LoginThrottle throttle =
      new LoginThrottle(new LoginThrottleProperties(10, 20, Duration.ofMinutes(10), Duration.ofDays(30)), clock);
  private final BasicLoginCache cache = new BasicLoginCache(new SecurityProperties(true, "groups", KEEP_FOR), clock);
  private final EngineIdentityAuthenticationProvider provider =
      new EngineIdentityAuthenticationProvider(identity, throttle, cache);

  @BeforeEach
  void coordinatorWithPassword() {
    when(identity.checkPassword(anyString(), anyString())).thenReturn(false);
    when(identity.checkPassword("coordinator", "right")).thenReturn(true);
    Group coordinators = mock(Group.class);
    when(coordinators.getId()).thenReturn(GroupAuthorities.COORDINATORS_GROUP);
    when(identity.createGroupQuery().groupMember("coordinator").list()).thenReturn(List.of(coordinators));
  }

  @Test
  void aLoginIsNotCheckedAgainWithinTheTimeItIsKept() {
    Authentication first = provider.authenticate(login("coordinator", "right"));
    clock.move(KEEP_FOR.minusSeconds(1));
    Authentication second = provider.authenticate(login("coordinator", "right"));

    verify(identity, times(1)).checkPassword("coordinator", "right");
    assertThat(second.isAuthenticated()).isTrue();
    assertThat(second.getName()).isEqualTo("coordinator");
    assertThat(second.getAuthorities()).map(GrantedAuthority::getAuthority).contains(Caller.COORDINATOR)
        .isEqualTo(first.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
  }

  @Test
  void aWrongPasswordIsNeverTakenFromTheCacheAndIsCheckedByTheEngine() {
    provider.authenticate(login("coordinator", "right"));

    assertThatThrownBy(() -> provider.authenticate(login("coordinator", "wrong")))
        .isInstanceOf(BadCredentialsException.class);
    assertThatThrownBy(() -> provider.authenticate(login("coordinator", "right ")))
        .isInstanceOf(BadCredentialsException.class);
    assertThatThrownBy(() -> provider.authenticate(login("Coordinator", "right")))
        .as("another user id with the same password").isInstanceOf(BadCredentialsException.class);
    verify(identity).checkPassword("coordinator", "wrong");
    verify(identity).checkPassword("coordinator", "right ");
    verify(identity).checkPassword("Coordinator", "right");
  }

  @Test
  void aKeptLoginEndsAfterItsTime() {
    provider.authenticate(login("coordinator", "right"));
    clock.move(KEEP_FOR);
    provider.authenticate(login("coordinator", "right"));

    verify(identity, times(2)).checkPassword("coordinator", "right");
  }

  @Test
  void aUserWhosePasswordOrGroupsChangedIsCheckedAgainAtOnce() {
    provider.authenticate(login("coordinator", "right"));
    cache.forget("coordinator");
    provider.authenticate(login("coordinator", "right"));
    cache.forgetAll();
    provider.authenticate(login("coordinator", "right"));

    verify(identity, times(3)).checkPassword("coordinator", "right");
  }

  @Test
  void aThrottledAddressWaitsEvenWithAKeptLogin() {
    provider.authenticate(login("coordinator", "right"));
    for (int i = 0; i < 10; i++) {
      throttle.failed("127.0.0.1", "guess" + i);
    }

    assertThatThrownBy(() -> provider.authenticate(login("coordinator", "right")))
        .isInstanceOf(LoginThrottledException.class);
  }

  @Test
  void zeroKeepsNothing() {
    BasicLoginCache none = new BasicLoginCache(new SecurityProperties(true, "groups", Duration.ZERO), clock);
    EngineIdentityAuthenticationProvider uncached = new EngineIdentityAuthenticationProvider(identity, throttle, none);
    uncached.authenticate(login("coordinator", "right"));
    uncached.authenticate(login("coordinator", "right"));

    verify(identity, times(2)).checkPassword("coordinator", "right");
  }

  private static UsernamePasswordAuthenticationToken login(String user, String password) {
    UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    WebAuthenticationDetails details = new WebAuthenticationDetails("127.0.0.1", null);
    token.setDetails(details);
    return token;
  }
}
