package org.mentra.sessions.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.LoopbackClient;
import org.mentra.sessions.support.LoopbackClient.Response;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Wrong passwords slow a guesser down on every login surface, per client address and per user, and the
 * back-off ends by itself: the right password works again once it has passed, nobody is locked out for
 * good. Each test is a client address and users of its own (the throttle remembers), time moves with
 * the engine clock.
 */
class LoginThrottlingTest extends IntegrationTest {

  private static final String PASSWORD = "the-right-one";

  @Autowired
  private IdentityService identity;

  private final List<String> users = new ArrayList<>();

  @AfterEach
  void deleteUsers() {
    users.forEach(identity::deleteUser);
  }

  @Test
  void wrongPasswordsOnTheApiHoldThatAddressBackThenTheRightPasswordWorksAgain() {
    String user = newUser();
    LoopbackClient guesser = LoopbackClient.ofItsOwn(port);
    for (int i = 0; i < 10; i++) {
      assertThat(guesser.get("/api/v1/people", auth(user, "wrong-" + i)).status()).isEqualTo(401);
    }

    Response throttled = guesser.get("/api/v1/people", auth(user, PASSWORD));
    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.header("Content-Type")).startsWith("application/problem+json");
    assertThat(throttled.body()).contains("\"status\":429", "Too many failed logins");
    long retryAfter = Long.parseLong(throttled.header("Retry-After"));
    assertThat(retryAfter).isBetween(1L, 60L);
    assertThat(LoopbackClient.ofItsOwn(port).get("/api/v1/people", auth(user, PASSWORD)).status())
        .as("the same user from another address: logged in (a member without rights)").isEqualTo(403);

    moveClock(retryAfter);

    Response again = guesser.get("/api/v1/people", auth(user, PASSWORD));
    assertThat(again.status()).as("logged in (a member may not list people), not 401 or 429").isEqualTo(403);
  }

  @Test
  void theEngineRestApiIsThrottledTooAndRecovers() {
    String user = newUser();
    LoopbackClient guesser = LoopbackClient.ofItsOwn(port);
    for (int i = 0; i < 10; i++) {
      assertThat(guesser.get("/engine-rest/task", auth(user, "wrong-" + i)).status()).isEqualTo(401);
    }

    Response throttled = guesser.get("/engine-rest/task", auth(user, PASSWORD));
    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.header("Content-Type")).startsWith("application/problem+json");
    long retryAfter = Long.parseLong(throttled.header("Retry-After"));

    moveClock(retryAfter);

    assertThat(guesser.get("/engine-rest/task", auth(user, PASSWORD)).status()).isEqualTo(200);
  }

  @Test
  void theWebappLoginFormIsThrottledTooAndRecovers() {
    String user = newUser();
    LoopbackClient guesser = LoopbackClient.ofItsOwn(port);
    for (int i = 0; i < 10; i++) {
      assertThat(webappLogin(guesser, user, "wrong-" + i).status()).isEqualTo(401);
    }

    Response throttled = webappLogin(guesser, user, PASSWORD);
    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.body()).contains("Too many failed logins");
    long retryAfter = Long.parseLong(throttled.header("Retry-After"));

    moveClock(retryAfter);

    assertThat(webappLogin(guesser, user, PASSWORD).status())
        .as("password accepted; Tasklist refuses a member without its group").isEqualTo(403);
  }

  @Test
  void theEnginesPasswordCheckEndpointIsThrottledToo() {
    // identity/verify needs READ on the user checked: everyone has it on themselves.
    String caller = newUser();
    LoopbackClient guesser = LoopbackClient.ofItsOwn(port);
    String body = "{\"username\": \"" + caller + "\", \"password\": \"guess\"}";
    for (int i = 0; i < 10; i++) {
      Response verify = guesser.send("POST", "/engine-rest/identity/verify", body, auth(caller, PASSWORD),
          "Content-Type: application/json");
      assertThat(verify.status()).isEqualTo(200);
      assertThat(verify.body()).contains("\"authenticated\":false");
    }

    assertThat(guesser.send("POST", "/engine-rest/identity/verify", body, auth(caller, PASSWORD),
        "Content-Type: application/json").status()).isEqualTo(429);
  }

  @Test
  void aUserGuessedAtFromManyAddressesWaitsEverywhereButOnlyForAWhile() {
    String user = newUser();
    for (int i = 0; i < 20; i++) {
      assertThat(LoopbackClient.ofItsOwn(port).get("/engine-rest/task", auth(user, "wrong-" + i)).status())
          .isEqualTo(401);
    }
    LoopbackClient owner = LoopbackClient.ofItsOwn(port);

    Response throttled = owner.get("/engine-rest/task", auth(user, PASSWORD));
    assertThat(throttled.status()).isEqualTo(429);
    long retryAfter = Long.parseLong(throttled.header("Retry-After"));
    assertThat(retryAfter).isBetween(1L, 30L);

    moveClock(retryAfter);

    assertThat(owner.get("/engine-rest/task", auth(user, PASSWORD)).status()).isEqualTo(200);
  }

  @Test
  void strangersGuessingAtAUserFromManyAddressesNeverKeepItOutWhereItLogsInFrom() {
    String user = newUser();
    LoopbackClient office = LoopbackClient.ofItsOwn(port);
    assertThat(office.get("/engine-rest/task", auth(user, PASSWORD)).status()).isEqualTo(200);
    for (int i = 0; i < 20; i++) {
      assertThat(LoopbackClient.ofItsOwn(port).get("/engine-rest/task", auth(user, "wrong-" + i)).status())
          .isEqualTo(401);
    }

    assertThat(LoopbackClient.ofItsOwn(port).get("/engine-rest/task", auth(user, PASSWORD)).status())
        .as("an address the user never logged in from waits").isEqualTo(429);
    assertThat(office.get("/engine-rest/task", auth(user, PASSWORD)).status()).isEqualTo(200);
    assertThat(office.get("/api/v1/people", auth(user, PASSWORD)).status())
        .as("logged in on the API too (a member may not list people)").isEqualTo(403);
  }

  @Test
  void theEngineItselfNeverLocksAUserOut() {
    String user = newUser();
    for (int i = 0; i < 12; i++) {
      assertThat(identity.checkPassword(user, "wrong-" + i)).isFalse();
    }

    assertThat(identity.checkPassword(user, PASSWORD)).isTrue();
  }

  @Test
  void aChangedPasswordOrARemovedGroupCountsAtTheNextRequestThoughLoginsAreKeptForAWhile() {
    String user = newUser();
    identity.createMembership(user, GroupAuthorities.COORDINATORS_GROUP);
    LoopbackClient client = LoopbackClient.ofItsOwn(port);
    assertThat(client.get("/api/v1/people", auth(user, PASSWORD)).status()).isEqualTo(200);

    User changed = identity.createUserQuery().userId(user).singleResult();
    changed.setPassword("a-new-one");
    identity.saveUser(changed);
    assertThat(client.get("/api/v1/people", auth(user, PASSWORD)).status())
        .as("the old password, kept a moment ago").isEqualTo(401);
    assertThat(client.get("/api/v1/people", auth(user, "a-new-one")).status()).isEqualTo(200);

    identity.deleteMembership(user, GroupAuthorities.COORDINATORS_GROUP);
    assertThat(client.get("/api/v1/people", auth(user, "a-new-one")).status())
        .as("no longer a coordinator").isEqualTo(403);
  }

  private Response webappLogin(LoopbackClient client, String user, String password) {
    // The page hands out the session and CSRF cookies (with no admin yet it also points to the setup).
    Response page = client.get("/camunda/app/tasklist/default/");
    List<String> cookies = page.headers("Set-Cookie").stream().map(c -> c.substring(0, c.indexOf(';'))).toList();
    String csrf = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow()
        .substring("XSRF-TOKEN=".length());
    return client.send("POST", "/camunda/api/admin/auth/user/default/login/tasklist",
        "username=" + user + "&password=" + password,
        "Content-Type: application/x-www-form-urlencoded", "Cookie: " + String.join("; ", cookies),
        "X-XSRF-TOKEN: " + csrf);
  }

  private String newUser() {
    String id = "throttle" + UUID.randomUUID().toString().substring(0, 8);
    User user = identity.newUser(id);
    user.setFirstName("Throttle");
    user.setLastName("Test");
    user.setEmail(id + "@mentra.example");
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    users.add(id);
    return id;
  }

  private static String auth(String user, String password) {
    return "Authorization: " + LoopbackClient.basic(user, password);
  }

  private static void moveClock(long seconds) {
    ClockUtil.setCurrentTime(Date.from(Instant.now().plusSeconds(seconds + 1)));
  }
}
