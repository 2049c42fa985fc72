package org.mentra.sessions.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.calendar.CalendarFeeds;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.security.TokenThrottleProperties;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.LoopbackClient;
import org.mentra.sessions.support.LoopbackClient.Response;
import org.mentra.sessions.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Guessing at tokens without a login, one-click links and calendar feeds, is slowed down per client address:
 * after the configured number of tokens that did not verify, that address gets a 429 before its next token
 * is looked at, a valid one included, until the wait is over. Valid, expired and someone else's tokens are
 * not counted, and other addresses are never held back. Each client is an address of its own; time stands
 * still on the engine clock (a failure comes back every window / limit) and moves only when the test says.
 */
class LinkThrottlingTest extends IntegrationTest {

  @Autowired
  private OneClickLinks links;

  @Autowired
  private RecordingLinkHandler handler;

  @Autowired
  private TokenThrottleProperties limits;

  @Autowired
  private CalendarFeeds feeds;

  @Autowired
  private PersonRepository people;

  private final UUID person = UUID.randomUUID();
  private final Instant now = Instant.now();

  @BeforeEach
  void stopTheClock() {
    ClockUtil.setCurrentTime(Date.from(now));
  }

  @Test
  void aGuesserIsHeldBackWithAFriendlyPageWhileValidLinksFromElsewhereWork() {
    LoopbackClient guesser = LoopbackClient.ofItsOwn(port);
    guessLinks(guesser, limits.failuresPerAddress());
    String valid = token();

    for (Response held : new Response[] {guesser.get("/r/" + valid), post(guesser, valid)}) {
      assertThat(held.status()).as(held.body()).isEqualTo(429);
      assertThat(held.header("Content-Type")).startsWith("text/html");
      assertThat(held.body()).contains("Please wait a moment", "open your link again")
          .doesNotContain("Exception", "Are you coming?");
      assertThat(Long.parseLong(held.header("Retry-After"))).isBetween(1L, 600L);
    }
    assertThat(handler.appliedFor(person)).as("the held-back POST applied nothing").isZero();

    LoopbackClient neighbour = LoopbackClient.ofItsOwn(port);
    assertThat(neighbour.get("/r/" + valid).status()).as("another address, a valid link").isEqualTo(200);
    assertThat(neighbour.get("/r/" + valid + "x").status()).as("another address, a changed link: counted, not held")
        .isEqualTo(400);
    assertThat(post(neighbour, valid).status()).isEqualTo(200);
    assertThat(handler.appliedFor(person)).isEqualTo(1);
  }

  @Test
  void theWaitEndsByItselfAndThenTheValidLinkWorksFromThatAddressToo() {
    LoopbackClient guesser = LoopbackClient.ofItsOwn(port);
    guessLinks(guesser, limits.failuresPerAddress());
    String valid = token();
    Response held = guesser.get("/r/" + valid);
    assertThat(held.status()).isEqualTo(429);

    ClockUtil.setCurrentTime(Date.from(now.plusSeconds(Long.parseLong(held.header("Retry-After")))));

    assertThat(guesser.get("/r/" + valid).status()).isEqualTo(200);
  }

  @Test
  void validExpiredAndSomeoneElsesLinksAreNeverCounted() {
    LoopbackClient client = LoopbackClient.ofItsOwn(port);
    String valid = token();
    String expired = links.token(RecordingLinkHandler.PURPOSE, person, "event-1", "yes", now.minusSeconds(1));
    String notTheirs = links.token(RecordingLinkHandler.PURPOSE, person, "someone-else", "yes",
        now.plusSeconds(3600));

    for (int i = 0; i <= limits.failuresPerAddress(); i++) {
      assertThat(client.get("/r/" + valid).status()).isEqualTo(200);
      assertThat(client.get("/r/" + expired).status()).isEqualTo(410);
      assertThat(client.get("/r/" + notTheirs).status()).isEqualTo(403);
    }
    assertThat(client.get("/r/" + valid + "x").status()).as("still counted from its first failure").isEqualTo(400);
  }

  @Test
  void guessedCalendarFeedAddressesAreHeldBackWithAProblemAndCountWithTheLinks() {
    Person ada = people.save(TestPeople.person("Ada Throttle", "Europe/Berlin", Role.MENTOR, Plan.FREE));
    String feed = feeds.url(ada.getId()).url();
    String path = feed.substring(feed.indexOf("/calendar/"));
    LoopbackClient guesser = LoopbackClient.ofItsOwn(port);
    guessLinks(guesser, limits.failuresPerAddress() / 2);
    for (int i = limits.failuresPerAddress() / 2; i < limits.failuresPerAddress(); i++) {
      String guess = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 43);
      assertThat(guesser.get("/calendar/" + guess + ".ics").status()).isEqualTo(404);
    }

    Response held = guesser.get(path);
    assertThat(held.status()).isEqualTo(429);
    assertThat(held.header("Content-Type")).startsWith("application/problem+json");
    assertThat(held.body()).contains("\"status\":429").doesNotContain("BEGIN:VCALENDAR");
    assertThat(Long.parseLong(held.header("Retry-After"))).isPositive();
    assertThat(guesser.get("/r/" + token()).status()).as("one count for both surfaces").isEqualTo(429);

    Response elsewhere = LoopbackClient.ofItsOwn(port).get(path);
    assertThat(elsewhere.status()).isEqualTo(200);
    assertThat(elsewhere.body()).contains("BEGIN:VCALENDAR");
  }

  private static void guessLinks(LoopbackClient client, int failures) {
    for (int i = 0; i < failures; i++) {
      Response guess = client.get("/r/" + UUID.randomUUID() + "." + i);
      assertThat(guess.status()).as("guess %d: %s", i, guess.body()).isEqualTo(400);
    }
  }

  private String token() {
    return links.token(RecordingLinkHandler.PURPOSE, person, "event-1", "yes", now.plusSeconds(3600));
  }

  private static Response post(LoopbackClient client, String token) {
    return client.send("POST", "/r/" + token, "choice=yes", "Content-Type: application/x-www-form-urlencoded");
  }
}
