package org.mentra.sessions.links;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.mail.OutboxRepository;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.support.DatabaseSnapshot;
import org.mentra.sessions.support.Http;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.LoopbackClient;
import org.mentra.sessions.support.TestPeople;
import org.mentra.sessions.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One-click links given what no mail of ours contains: garbage, truncated, changed and huge tokens; tokens
 * correctly signed for every purpose but naming nothing (a random person, a subject of the wrong shape, an
 * unknown choice) or expired; methods a link does not take; and, on a real availability link, forms with
 * fields missing, unknown, repeated, huge or of the wrong kind. Every answer is a friendly HTML page with
 * a 4xx (or, for a signed token, a 2xx page), never a 5xx or a trace; and a refused one changed nothing in
 * the database ({@link DatabaseSnapshot} right before and after), nor did any GET.
 */
class OneClickBadInputTest extends IntegrationTest {

  private static final Pattern LINK = Pattern.compile("/r/[A-Za-z0-9_.\\-]+");
  private static final Pattern TRACE = Pattern.compile(
      "Exception|\\tat |\\bat (org|java)\\.|Whitelabel|status=|Internal Server Error|\\borg\\.mentra\\.");

  @Autowired
  private OneClickLinks links;
  @Autowired
  private List<OneClickHandler> handlers;
  @Autowired
  private JdbcTemplate jdbc;
  @Autowired
  private PersonRepository people;
  @Autowired
  private OutboxRepository outbox;
  @Autowired
  private RuntimeService runtime;
  @Autowired
  private ManagementService management;
  @Autowired
  private ObjectMapper json;

  private final Random random = new Random(20261203L);
  private LoopbackClient guesser;
  private final List<String> failures = new ArrayList<>();
  private final Map<Integer, Integer> statuses = new java.util.TreeMap<>();

  @Test
  void garbageTokensWrongMethodsAndOddFormsGetAFriendlyPageAndChangeNothing() throws Exception {
    String real = availabilityLink();
    String token = real.substring("/r/".length());
    Http http = Http.anonymous(baseUrl());
    guesser = LoopbackClient.ofItsOwn(port);
    DatabaseSnapshot.Database database = new DatabaseSnapshot.Database(jdbc);
    long started = System.nanoTime();

    try (AutoCloseable quiet = DatabaseSnapshot.jobExecutorPaused(processEngine)) {
      for (String garbage : garbage(token)) {
        for (String method : List.of("GET", "POST")) {
          check(http, database, method, "/r/" + garbage, form("slot-0", "AVAILABLE"), false);
        }
      }
      for (String signed : signedForEveryPurpose()) {
        check(http, database, "GET", "/r/" + signed, null, true);
        check(http, database, "POST", "/r/" + signed, form("choice", "yes", "slot-0", "AVAILABLE", "note", "x"), true);
      }
      for (String method : List.of("PUT", "DELETE", "PATCH")) {
        check(http, database, method, real, form("slot-0", "AVAILABLE"), false);
        check(http, database, method, "/r/" + garbage(token).get(0), null, false);
      }
      for (Map<String, String> odd : oddForms()) {
        check(http, database, "POST", real, odd, false);
      }
      check(http, database, "POST", real, "{\"slot-0\": \"AVAILABLE\"}", "application/json");
      check(http, database, "POST", real, "slot-0=AVAILABLE", "text/plain");

      DatabaseSnapshot before = database.take();
      HttpResponse<String> answer = http.postForm(real, form("slot-0", "AVAILABLE", "note", "After all that"));
      assertThat(answer.statusCode()).as("the link still works: %s", answer.body()).isEqualTo(200);
      assertThat(database.take().changedSince(before)).as("and the snapshot sees its answer").isNotEmpty();
    }

    System.out.printf("OneClickBadInputTest: %d requests in %d ms, answers by status %s%n",
        statuses.values().stream().mapToInt(Integer::intValue).sum(), (System.nanoTime() - started) / 1_000_000,
        statuses);
    assertThat(failures).as("answers that are 5xx, no friendly page, show a trace, or changed the database").isEmpty();
    assertThat(statuses.keySet()).as("the refusals the pages know").contains(400, 403, 405, 410);
  }

  /** Sends and checks one request: a form (or null), or a raw body of the given type. */
  private void check(Http http, DatabaseSnapshot.Database database, String method, String path,
      Map<String, String> form, boolean signed) {
    String body = form == null ? null : encoded(form);
    check(http, database, method, path, body, body == null ? null : "application/x-www-form-urlencoded", signed);
  }

  private void check(Http http, DatabaseSnapshot.Database database, String method, String path, String body,
      String type) {
    check(http, database, method, path, body, type, false);
  }

  private void check(Http http, DatabaseSnapshot.Database database, String method, String path, String body,
      String type, boolean signed) {
    DatabaseSnapshot before = database.take();
    // From a loopback address of its own: the token throttle counts these refusals per client address,
    // and 127.0.0.1 belongs to every other test.
    LoopbackClient.Response response = type == null ? guesser.send(method, path, body)
        : guesser.send(method, path, body, "Content-Type: " + type);
    int status = response.status();
    statuses.merge(status, 1, Integer::sum);
    String page = response.body() == null ? "" : response.body();
    List<String> written = status >= 400 || method.equals("GET") ? database.take().changedSince(before) : List.of();
    String contentType = response.header("Content-Type") == null ? "" : response.header("Content-Type");
    String what = method + " " + abbreviate(path, 120) + (body == null ? "" : " " + abbreviate(body, 120)) + " -> "
        + status + " " + contentType + ": " + abbreviate(page.replaceAll("\\s+", " "), 300);
    boolean accepted = status < 400 && signed;
    if (status >= 500 || (status < 400 && !accepted) || !contentType.startsWith("text/html")
        || !page.contains("<h1") || TRACE.matcher(page).find() || !written.isEmpty()) {
      failures.add(what + (written.isEmpty() ? "" : " wrote " + written));
    }
  }

  /** Tokens no mail of ours holds: made up, cut, changed, padded, huge, or the real one in another spelling. */
  private List<String> garbage(String token) {
    List<String> garbage = new ArrayList<>(List.of("x", "garbage", "a.b", "a.", ".b", "a.b.c", "%20",
        "0000000000000000000000", "%F0%9F%98%80", "null", "undefined", "' or 1=1 --",
        "<b>x<b>", "x".repeat(2049), "x".repeat(4_000) + "." + "y".repeat(40)));
    int dot = token.indexOf('.');
    garbage.add(token.substring(0, dot));
    garbage.add(token.substring(0, dot + 1));
    garbage.add(token.substring(dot + 1));
    garbage.add(token + "x");
    garbage.add(token + "." + token.substring(dot + 1));
    garbage.add(token.substring(dot + 1) + "." + token.substring(0, dot));
    garbage.add(token.replace('-', '+'));
    for (int i = 0; i < 6; i++) {
      garbage.add(token.substring(0, 1 + random.nextInt(token.length() - 1)));
      int at = random.nextInt(token.length());
      char changed = token.charAt(at) == 'A' ? 'B' : 'A';
      garbage.add(token.substring(0, at) + changed + token.substring(at + 1));
    }
    return garbage.stream().filter(g -> !g.equals(token))
        .map(g -> URLEncoder.encode(g, StandardCharsets.UTF_8).replace("+", "%20").replace("%25", "%")).toList();
  }

  /** Correctly signed tokens of every purpose the application knows, about nothing that exists, or expired. */
  private List<String> signedForEveryPurpose() {
    List<String> purposes = handlers.stream().map(OneClickHandler::purpose).filter(p -> !p.startsWith("test."))
        .sorted().toList();
    assertThat(purposes).as("the purposes of the application").hasSizeGreaterThanOrEqualTo(10);
    Instant later = Instant.now().plus(Duration.ofDays(1));
    List<String> tokens = new ArrayList<>();
    for (String purpose : purposes) {
      UUID someone = UUID.randomUUID();
      for (String subject : List.of("", "x", UUID.randomUUID().toString(), UUID.randomUUID() + ":" + UUID.randomUUID(),
          UUID.randomUUID() + ":1:2:3", "-1", "9".repeat(40), "\u00e9\u4e2d\ud83d\ude00")) {
        tokens.add(links.token(purpose, someone, subject, random.nextBoolean() ? "yes" : "slot-99", later));
      }
      tokens.add(links.token(purpose, someone, UUID.randomUUID().toString(), null, later));
      tokens.add(links.token(purpose, someone, UUID.randomUUID().toString(), "x".repeat(500), later));
      tokens.add(links.token(purpose, someone, UUID.randomUUID().toString(), "yes", Instant.now().minusSeconds(1)));
    }
    return tokens;
  }

  /** The availability page's form as no browser sends it. */
  private static List<Map<String, String>> oddForms() {
    String huge = "9".repeat(100_000);
    return List.of(form(), form("note", "only a note"), form("slot-0", ""), form("slot-0", "YES"),
        form("slot-0", "available"), form("slot-0", huge), form("slot-99", "AVAILABLE"), form("slot--1", "AVAILABLE"),
        form("slot-0", "AVAILABLE", "note", huge), form("slot-0", "AVAILABLE", "note", "x".repeat(2_001)),
        form("slot-0", "AVAILABLE", "alternative-0", "next Tuesday"),
        form("slot-0", "AVAILABLE", "alternative-0", "2099-01-01T10:00"),
        form("slot-0", "AVAILABLE", "alternative-0", "2020-01-01T10:00"),
        form("slot-0", "AVAILABLE", "alternative-0", "+999999999-12-31T23:59"),
        form("slot-0", "AVAILABLE", "alternative-0", huge),
        form("slot-0", "\u0000"), form("slot-0", "AVAILABLE\u0000"), form("slot-1", "UNAVAILABLE\u202e"),
        form("slot-0", "AVAILABLE", "note", "a NUL \u0000 in a note"));
  }

  /** A real council.availability link, from the availability request a mentor was mailed. */
  private String availabilityLink() throws Exception {
    Person mentee = people.save(TestPeople.person("Odd Form Mentee", "UTC", Role.PATIENT, Plan.COUNCIL));
    List<Person> mentors = IntStream.range(0, 3)
        .mapToObj(i -> people.save(TestPeople.person("Odd Form Mentor", "UTC", Role.MENTOR, Plan.FREE))).toList();
    Instant first = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(8)).plus(Duration.ofHours(14));
    String slots = String.join(", ", IntStream.range(0, 3).mapToObj(d -> first.plus(Duration.ofDays(d)))
        .map(s -> "{\"start\": \"%s\", \"end\": \"%s\"}".formatted(s, s.plus(Duration.ofHours(1)))).toList());
    String body = """
        {"menteeId": "%s", "topic": "Odd forms", "proposedSlots": [%s], "mentorIds": [%s]}""".formatted(
        mentee.getId(), slots, String.join(", ", mentors.stream().map(m -> "\"" + m.getId() + "\"").toList()));
    HttpResponse<String> created = Http.as(baseUrl(), TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD)
        .send("POST", "/api/v1/councils", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String council = json.readTree(created.body()).get("id").asText();
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(council).singleResult().getId();
    for (int round = 0; round < 50; round++) {
      List<Job> due = management.createJobQuery().processInstanceId(instance).messages().executable().list();
      if (due.isEmpty()) {
        break;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    String text = outbox.findByRecipientPersonIdOrderByCreatedAt(mentors.get(0).getId()).stream()
        .filter(m -> m.getPurpose().startsWith("availability-request")).findFirst().orElseThrow().getTextBody();
    Matcher link = LINK.matcher(text);
    assertThat(link.find()).as(text).isTrue();
    return link.group();
  }

  private static Map<String, String> form(String... pairs) {
    Map<String, String> form = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      form.put(pairs[i], pairs[i + 1]);
    }
    return form;
  }

  private static String encoded(Map<String, String> form) {
    return String.join("&", form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
        + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).toList());
  }

  private static String abbreviate(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length) + "… (" + text.length() + " characters)";
  }
}
