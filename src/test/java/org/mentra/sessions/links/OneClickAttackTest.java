package org.mentra.sessions.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.calendar.CalendarFeeds;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.support.DatabaseSnapshot;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.LoopbackClient;
import org.mentra.sessions.support.LoopbackClient.Response;
import org.mentra.sessions.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every one-click purpose, attacked over HTTP: forged (signature changed, another key, a field of the signed
 * payload changed: the person, the subject, the purpose, the expiry, the choice), replayed (single-use links),
 * expired on the engine clock, and validly signed but for a stranger or with another purpose's subject. Each
 * GET and POST is refused with a friendly HTML page and a 4xx, and the whole database is the same afterwards.
 * All purposes share one address, {@code /r/{token}}: the purpose is a signed field of the token, so "a token
 * at another purpose's URL" is the purpose field changed (a forgery) or another purpose's subject in a
 * validly signed token. The purposes come from the handlers in the context: a new one fails here until the
 * table below says what its subjects look like and whether it is single-use.
 */
class OneClickAttackTest extends IntegrationTest {

  private static final int PURPOSE = 1;
  private static final int PERSON = 2;
  private static final int SUBJECT = 3;
  private static final int CHOICE = 4;
  private static final int EXPIRY = 5;

  /** What each purpose's links carry, as the code issues them (random ids: nobody's session). */
  private static final Map<String, Function<UUID, String>> SUBJECTS = new LinkedHashMap<>();
  /** Purposes whose links may be used again on purpose: answers that may be changed, a room to rejoin. */
  private static final Set<String> REUSABLE = Set.of("council.availability", "pairing.availability",
      "attendance.check-in");

  static {
    SUBJECTS.put("council.availability", person -> UUID.randomUUID() + ":1");
    SUBJECTS.put("council.drop-out", person -> UUID.randomUUID().toString());
    SUBJECTS.put("pairing.availability", person -> UUID.randomUUID().toString());
    SUBJECTS.put("pairing.feedback", person -> UUID.randomUUID().toString());
    SUBJECTS.put("pairing.cancel-chat", person -> UUID.randomUUID().toString());
    SUBJECTS.put("pairing.rebook", person -> UUID.randomUUID().toString());
    SUBJECTS.put("attendance.check-in", person -> "CHAT:" + UUID.randomUUID());
    SUBJECTS.put("events.seat-offer", person -> UUID.randomUUID().toString());
    SUBJECTS.put("accountability.explanation", person -> UUID.randomUUID().toString());
    SUBJECTS.put("safety.concern", person -> "EVENT:" + UUID.randomUUID());
    SUBJECTS.put("safety.verify-email", person -> "email");
    SUBJECTS.put("safety.appeal", person -> UUID.randomUUID().toString());
    SUBJECTS.put("calendar.feed-rotate", UUID::toString);
  }

  /** Choices the purposes' links carry; each purpose gets them in turn. */
  private static final List<String> CHOICES = List.of("", "slot-0", "none", "accept", "decline", "join", "yes");

  @Autowired
  private List<OneClickHandler> handlers;

  @Autowired
  private OneClickLinks links;

  @Autowired
  private LinkRedemptionRepository redemptions;

  @Autowired
  private JdbcTemplate jdbc;

  @Autowired
  private CalendarFeeds feeds;

  @Autowired
  private PersonRepository people;

  private final Instant now = Instant.now();

  @BeforeEach
  void stopTheClock() {
    ClockUtil.setCurrentTime(Date.from(now));
  }

  @Test
  void everyPurposeInTheCodeIsInTheTable() {
    Set<String> purposes = new TreeSet<>();
    handlers.stream().map(OneClickHandler::purpose).filter(p -> !p.startsWith("test.")).forEach(purposes::add);

    assertThat(purposes).as("one-click purposes: a new one needs its subject in OneClickAttackTest.SUBJECTS")
        .containsExactlyInAnyOrderElementsOf(SUBJECTS.keySet());
    for (OneClickHandler handler : handlers) {
      if (SUBJECTS.containsKey(handler.purpose())) {
        assertThat(handler.singleUse()).as("%s is single-use unless REUSABLE says why not", handler.purpose())
            .isEqualTo(!REUSABLE.contains(handler.purpose()));
      }
    }
  }

  @Test
  void forgedExpiredReplayedSwappedAndCrossPurposeLinksAreRefusedKindlyAndChangeNothing() {
    OneClickLinks otherKey = new OneClickLinks(new LinkProperties(Base64.getEncoder().encodeToString(
        "another-deployment's-key-32-bytes-long".getBytes(StandardCharsets.UTF_8)), Duration.ofDays(7)),
        Clock.systemUTC(), "http://localhost");
    Map<String, List<Attack>> attacks = new LinkedHashMap<>();
    Map<String, List<String>> expiring = new LinkedHashMap<>();
    for (String purpose : SUBJECTS.keySet()) {
      UUID personA = UUID.randomUUID();
      String subject = SUBJECTS.get(purpose).apply(personA);
      Instant until = now.plus(Duration.ofHours(1));
      String valid = links.token(purpose, personA, subject, "yes", until);
      List<Attack> list = new ArrayList<>();
      list.add(new Attack("signature changed", signatureChanged(valid), 400, "This link is not valid"));
      list.add(new Attack("signed with another key", otherKey.token(purpose, personA, subject, "yes", until), 400,
          "This link is not valid"));
      list.add(new Attack("moved to another person", edited(valid, PERSON, UUID.randomUUID().toString()), 400,
          "This link is not valid"));
      String otherSubject = SUBJECTS.get(purpose).apply(UUID.randomUUID());
      list.add(new Attack("moved to another subject", edited(valid, SUBJECT,
          otherSubject.equals(subject) ? "another-" + subject : otherSubject), 400, "This link is not valid"));
      list.add(new Attack("made to last longer", edited(valid, EXPIRY, Long.toString(until.getEpochSecond() + 86400)),
          400, "This link is not valid"));
      list.add(new Attack("another choice", edited(valid, CHOICE, "no"), 400, "This link is not valid"));
      for (String other : SUBJECTS.keySet()) {
        if (!other.equals(purpose)) {
          list.add(new Attack("made a " + other + " link", edited(valid, PURPOSE, other), 400,
              "This link is not valid"));
        }
      }
      if (!REUSABLE.contains(purpose)) {
        String used = links.token(purpose, personA, subject, "yes", until);
        redemptions.saveAndFlush(new LinkRedemption(links.verify(used), now));
        list.add(new Attack("used already", used, 409, "Already done"));
      }
      // Validly signed, but nobody's: a stranger, with the subject of every purpose and the choices links carry.
      int next = 0;
      for (String other : SUBJECTS.keySet()) {
        String choice = CHOICES.get(next++ % CHOICES.size());
        list.add(new Attack("signed for a stranger with a " + other + " subject and choice '" + choice + "'",
            links.token(purpose, UUID.randomUUID(), SUBJECTS.get(other).apply(UUID.randomUUID()), choice, until),
            0, null));
      }
      attacks.put(purpose, list);
      expiring.put(purpose, List.of(valid, links.token(purpose, personA, subject, "yes", now.plusSeconds(1))));
    }
    DatabaseSnapshot.Database database = new DatabaseSnapshot.Database(jdbc);
    DatabaseSnapshot before = database.take();

    for (Map.Entry<String, List<Attack>> purpose : attacks.entrySet()) {
      LoopbackClient client = LoopbackClient.ofItsOwn(port); // the token throttle counts per address
      for (Attack attack : purpose.getValue()) {
        String what = purpose.getKey() + ", " + attack.what;
        assertRefused(client.get("/r/" + attack.token), attack, what + ", GET", true);
        assertRefused(post(client, attack.token), attack, what + ", POST", false);
      }
    }
    ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofHours(1))));
    for (Map.Entry<String, List<String>> purpose : expiring.entrySet()) {
      LoopbackClient client = LoopbackClient.ofItsOwn(port);
      for (String token : purpose.getValue()) {
        Attack expired = new Attack("expired", token, 410, "This link has expired");
        assertRefused(client.get("/r/" + token), expired, purpose.getKey() + ", expired, GET", true);
        assertRefused(post(client, token), expired, purpose.getKey() + ", expired, POST", false);
      }
    }

    assertThat(database.take().changedSince(before)).as("tables changed by " + "refused one-click links").isEmpty();
  }

  @Test
  void aFeedRotationLinkIsNotMovedToAnotherPersonAndWorksOnlyOnce() {
    Person ada = people.save(TestPeople.person("Ada Swap", "Europe/Berlin", Role.MENTOR, Plan.FREE));
    Person bo = people.save(TestPeople.person("Bo Swapped", "Europe/Berlin", Role.MENTOR, Plan.FREE));
    String bosFeed = path(feeds.url(bo.getId()).url());
    LoopbackClient client = LoopbackClient.ofItsOwn(port);
    String adasLinkForBo = links.token(CalendarFeeds.ROTATE_PURPOSE, ada.getId(), bo.getId().toString(), null,
        now.plusSeconds(3600));

    Response swapped = post(client, adasLinkForBo);
    assertThat(swapped.status()).isEqualTo(400);
    assertThat(swapped.body()).contains("This link is not valid");
    assertThat(client.get(bosFeed).status()).as("Bo's feed address still works").isEqualTo(200);

    String adas = path(feeds.rotationLink(ada.getId()));
    Response first = post(client, adas.substring("/r/".length()));
    assertThat(first.status()).isEqualTo(200);
    String newAddress = first.body().replaceAll("(?s).*?(/calendar/[A-Za-z0-9_-]{43}\\.ics).*", "$1");
    assertThat(client.get(newAddress).status()).isEqualTo(200);
    DatabaseSnapshot.Database database = new DatabaseSnapshot.Database(jdbc);
    DatabaseSnapshot before = database.take();

    Response replayed = post(client, adas.substring("/r/".length()));
    assertThat(replayed.status()).isEqualTo(409);
    assertThat(replayed.body()).contains("Already done", "your earlier answer stands");
    assertThat(client.get(newAddress).status()).as("the address the first press made still works").isEqualTo(200);
    assertThat(database.take().changedSince(before)).as("tables changed by " + "the replayed rotation").isEmpty();
  }

  /**
   * A refusal a person may see: HTML in the site's words, no trace. {@code status} 0 is "any refusal": a
   * validly signed link may still show its page on GET (opening changes nothing) but never applies on POST.
   */
  private static void assertRefused(Response response, Attack attack, String what, boolean get) {
    assertThat(response.status()).as(what + ": " + response.body()).isLessThan(500);
    if (attack.status != 0) {
      assertThat(response.status()).as(what).isEqualTo(attack.status);
      assertThat(response.body()).as(what).contains(attack.heading);
    } else if (!get || response.status() != 200) {
      assertThat(response.status()).as(what + ": " + response.body()).isBetween(400, 499);
    }
    assertThat(response.header("Content-Type")).as(what).startsWith("text/html");
    assertThat(response.body()).as(what).contains("<h1>").doesNotContain("Exception", "at org.", "Whitelabel");
    if (response.status() >= 400) {
      assertThat(response.body()).as(what).contains("reply to the email the link came in");
    }
  }

  private static Response post(LoopbackClient client, String token) {
    return client.send("POST", "/r/" + token, "choice=yes&comment=hello&block=0&slotMinutes=45&slot-0=AVAILABLE",
        "Content-Type: application/x-www-form-urlencoded");
  }

  private static String signatureChanged(String token) {
    int last = token.length() - 2; // not the last character, whose spare bits may not count
    return token.substring(0, last) + (token.charAt(last) == 'A' ? 'B' : 'A') + token.substring(last + 1);
  }

  /** The token with one field of its signed payload changed and its signature kept. */
  private static String edited(String token, int field, String value) {
    int dot = token.indexOf('.');
    String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
    String[] parts = payload.split("\\|", -1);
    parts[field] = value;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(String.join("|", parts)
        .getBytes(StandardCharsets.UTF_8)) + token.substring(dot);
  }

  private static String path(String url) {
    return url.substring(url.indexOf('/', url.indexOf("//") + 2));
  }

  private record Attack(String what, String token, int status, String heading) {}
}
