package org.mentra.sessions.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.support.LoopbackClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Which requests the filter holds back, and that what it reads to find the user still reaches the app. */
class LoginThrottleFilterTest {

  private final LoginThrottle throttle =
      new LoginThrottle(new LoginThrottleProperties(10, 20, Duration.ofMinutes(10), Duration.ofDays(30)), Clock.systemUTC());
  private final LoginThrottleFilter filter =
      new LoginThrottleFilter(throttle, new ObjectMapper(), "/engine-rest", "/camunda");

  @Test
  void theWebappLoginFormOfAThrottledUserIsRefusedAndOfAnotherUserPassedOnWhole() throws Exception {
    failFromEverywhere(20, "guessed-user");

    assertThat(send(form("/camunda/api/admin/auth/user/default/login/cockpit", "guessed-user")).getStatus())
        .isEqualTo(429);

    AtomicReference<String> seen = new AtomicReference<>();
    MockHttpServletResponse passed = send(form("/camunda/api/admin/auth/user/default/login/cockpit", "someone"),
        seen);
    assertThat(passed.getStatus()).isEqualTo(200);
    assertThat(seen.get()).isEqualTo("username=someone&password=secret");
  }

  @Test
  void identityVerifyOnBothRestApisIsHeldBackForTheUserItChecks() throws Exception {
    failFromEverywhere(20, "checked-user");

    for (String path : new String[] {"/engine-rest/identity/verify", "/engine-rest/engine/default/identity/verify",
        "/camunda/api/engine/engine/default/identity/verify"}) {
      MockHttpServletRequest request = post(path, "application/json",
          "{\"username\": \"checked-user\", \"password\": \"x\"}");
      MockHttpServletResponse response = send(request);
      assertThat(response.getStatus()).as(path).isEqualTo(429);
      assertThat(response.getHeader("Retry-After")).as(path).isNotNull();
    }
  }

  @Test
  void basicOnTheEngineRestApiIsHeldBackButOtherPathsAreLeftToSpringSecurity() throws Exception {
    for (int i = 0; i < 10; i++) {
      throttle.failed("192.0.2.50", "user" + i);
    }

    MockHttpServletRequest rest = new MockHttpServletRequest("GET", "/engine-rest/task");
    rest.setRemoteAddr("192.0.2.50");
    rest.addHeader("Authorization", LoopbackClient.basic("someone", "secret"));
    assertThat(send(rest).getStatus()).isEqualTo(429);

    MockHttpServletRequest page = new MockHttpServletRequest("GET", "/r/some-link");
    page.setRemoteAddr("192.0.2.50");
    page.addHeader("Authorization", LoopbackClient.basic("someone", "secret"));
    assertThat(send(page).getStatus()).isEqualTo(200);
  }

  /** Failed logins for the user, each from an address of its own. */
  private void failFromEverywhere(int times, String user) {
    for (int i = 0; i < times; i++) {
      throttle.failed("198.51.100." + i, user);
    }
  }

  private static MockHttpServletRequest form(String path, String user) {
    return post(path, "application/x-www-form-urlencoded", "username=" + user + "&password=secret");
  }

  private static MockHttpServletRequest post(String path, String type, String body) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
    request.setRemoteAddr("203.0.113.99");
    request.setContentType(type);
    request.setContent(body.getBytes(StandardCharsets.UTF_8));
    return request;
  }

  private MockHttpServletResponse send(MockHttpServletRequest request) throws Exception {
    return send(request, new AtomicReference<>());
  }

  private MockHttpServletResponse send(MockHttpServletRequest request, AtomicReference<String> body)
      throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, new MockFilterChain() {
      @Override
      public void doFilter(jakarta.servlet.ServletRequest passed, jakarta.servlet.ServletResponse out)
          throws java.io.IOException {
        body.set(new String(((HttpServletRequest) passed).getInputStream().readAllBytes(), StandardCharsets.UTF_8));
      }
    });
    return response;
  }

}
