package org.mentra.sessions.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentra.sessions.support.Gen.weight;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.support.DatabaseSnapshot;
import org.mentra.sessions.support.Gen;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.TestPeople;
import org.mentra.sessions.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Property: whatever JSON body a client sends to any operation of the OpenAPI document that takes one,
 * the answer is never a 5xx, every 4xx is problem details and leaves the database as it was (nothing
 * half-written: {@link DatabaseSnapshot} before and after each request), and nothing names our classes or
 * shows a stack trace. Bodies follow each operation's schema, read from {@code /v3/api-docs} at test time, with
 * hostile values mixed in: wrong types, nulls, huge strings, unknown enum values, instants out of any
 * sensible range, duplicate keys, unknown fields, foreign and random ids, broken JSON.
 *
 * <p>A plain test in the shared Spring context, its generators ({@link Gen}) seeded so that a failure can
 * be repeated: {@code -Dmentra.api-bodies.seed=...}; a bounded number of tries per operation.
 */
class ApiBodyPropertyTest extends IntegrationTest {

  private static final int TRIES_PER_OPERATION = Integer.getInteger("mentra.api-bodies.tries", 20);
  private static final long SEED = Long.getLong("mentra.api-bodies.seed", 20261202L);
  static final Pattern CLASS_NAME = Pattern.compile(
      "\\b(?:org|java|javax|jakarta|com|net)\\.[a-z][a-z0-9_]*\\.[A-Za-z_][\\w.$]*|\\tat |Exception\\b");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Autowired
  private TestRestTemplate http;
  @Autowired
  private ObjectMapper json;
  @Autowired
  private PersonRepository people;
  @Autowired
  private JdbcTemplate jdbc;

  record Operation(HttpMethod method, String path, JsonNode schema, boolean bodyRequired) {}

  record Failure(Operation operation, String url, String body, int status, String response, List<String> written) {
    @Override
    public String toString() {
      return operation.method() + " " + url + " -> " + status + "\n    body: " + abbreviate(body, 300)
          + "\n    answer: " + abbreviate(response, 300) + (written.isEmpty() ? "" : "\n    wrote: " + written);
    }
  }

  @Test
  void noBodyMakesAnOperationFailOrTalkAboutItsInsides() throws Throwable {
    JsonNode document = json.readTree(coordinator().getForObject("/v3/api-docs", String.class));
    List<Operation> operations = operations(document);
    assertThat(operations).as("the POST and PUT operations of the document").hasSizeGreaterThan(10);
    Fixtures fixtures = fixtures(coordinator(), people, json);
    Bodies bodies = new Bodies(document.path("components").path("schemas"), fixtures.ids());
    Map<String, Request> examples = examples(fixtures);

    List<Failure> failures = new ArrayList<>();
    Map<Integer, Integer> statuses = new TreeMap<>();
    Map<String, Map<Integer, Integer>> byOperation = new TreeMap<>();
    Random random = new Random(SEED);
    DatabaseSnapshot.Database database = new DatabaseSnapshot.Database(jdbc);
    int acceptedWrites = 0;
    long snapshotNanos = 0;
    long started = System.nanoTime();
    try (AutoCloseable quiet = DatabaseSnapshot.jobExecutorPaused(processEngine)) {
      for (Operation operation : operations) {
        Gen<Request> requests = bodies.requests(operation,
            Optional.ofNullable(examples.get(operation.method() + " " + operation.path())));
        for (int i = 0; i < TRIES_PER_OPERATION; i++) {
          Request request = requests.next(random);
          String path = request.url();
          String text = request.body();
          long snapshotStarted = System.nanoTime();
          DatabaseSnapshot before = database.take();
          snapshotNanos += System.nanoTime() - snapshotStarted;
          ResponseEntity<String> response = send(operation.method(), path, text);
          String answer = response.getBody() == null ? "" : response.getBody();
          int status = response.getStatusCode().value();
          statuses.merge(status, 1, Integer::sum);
          byOperation.computeIfAbsent(operation.method() + " " + operation.path(), k -> new TreeMap<>())
              .merge(status, 1, Integer::sum);
          boolean problem = response.getHeaders().getContentType() != null
              && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(response.getHeaders().getContentType());
          snapshotStarted = System.nanoTime();
          List<String> written = database.take().changedSince(before);
          snapshotNanos += System.nanoTime() - snapshotStarted;
          if (status < 400 && !written.isEmpty()) {
            acceptedWrites++;
          }
          boolean halfWritten = status >= 400 && !written.isEmpty();
          if (status >= 500 || (status >= 400 && !problem) || CLASS_NAME.matcher(answer).find() || halfWritten) {
            failures.add(new Failure(operation, path, text, status, answer, status >= 400 ? written : List.of()));
          }
        }
      }
    }

    System.out.printf("ApiBodyPropertyTest, seed %d: %d operations x %d bodies in %d ms (%d of them database"
        + " snapshots of %d tables), answers by status %s%n", SEED, operations.size(), TRIES_PER_OPERATION,
        (System.nanoTime() - started) / 1_000_000, snapshotNanos / 1_000_000, database.tables().size(), statuses);
    byOperation.forEach((operation, counts) -> System.out.printf("  %-60s %s%n", operation, counts));
    assertThat(failures).as("seed %s: responses that are 5xx, 4xx without problem details or having written to the"
        + " database, or that show our insides", SEED).isEmpty();
    assertThat(statuses.keySet()).as("bodies get past the parser into the services, too")
        .contains(400, 404, 409).anyMatch(s -> s >= 200 && s < 300);
    assertThat(database.tables()).as("the snapshot covers our tables and the engine's")
        .contains("council_session", "event_registration", "outbound_message", "pending_correlation",
            "act_ru_execution", "act_ru_job", "act_hi_procinst");
    assertThat(acceptedWrites).as("the snapshot sees what accepted requests wrote").isPositive();
  }

  /** Every POST, PUT and DELETE of the document that takes a body, with the body's schema. */
  private static List<Operation> operations(JsonNode document) {
    List<Operation> operations = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (String method : List.of("post", "put", "delete")) {
        JsonNode requestBody = path.getValue().path(method).path("requestBody");
        JsonNode schema = requestBody.path("content").path("application/json").path("schema");
        if (!schema.isMissingNode()) {
          operations.add(new Operation(HttpMethod.valueOf(method.toUpperCase()), path.getKey(), schema,
              requestBody.path("required").asBoolean(false)));
        }
      }
    }
    return operations;
  }

  /** What the bodies refer to: real people, events and councils, next to random ids. */
  record Fixtures(Person patient, Person counselor, Person host, List<Person> mentors, String groupEvent,
      String draftEvent, String supportEvent, Instant supportStart, String council, Instant councilSlot,
      String councilToCancel) {

    List<String> ids() {
      List<String> ids = new ArrayList<>(List.of(patient.getId().toString(), counselor.getId().toString(),
          host.getId().toString(), groupEvent, draftEvent, supportEvent, council, councilToCancel));
      mentors.forEach(m -> ids.add(m.getId().toString()));
      for (int i = 0; i < 3; i++) {
        ids.add(UUID.randomUUID().toString());
      }
      return ids;
    }
  }

  /** A request that is accepted as it is: the start of the mutations. */
  record Request(String url, String body) {}

  /** Made through the API as a coordinator (people in the repository); {@link ApiParameterPropertyTest} uses them too. */
  static Fixtures fixtures(TestRestTemplate coordinator, PersonRepository people, ObjectMapper json) throws Exception {
    Person patient = people.save(TestPeople.person("Property Patient", "UTC", Role.PATIENT, Plan.COUNCIL));
    Person counselor = people.save(TestPeople.person("Property Counselor", "UTC", Role.COUNSELOR, Plan.FREE));
    Person host = people.save(TestPeople.person("Property Host", "UTC", Role.HOST, Plan.FREE));
    List<Person> mentors = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      mentors.add(people.save(TestPeople.person("Property Mentor", "UTC", Role.MENTOR, Plan.FREE)));
    }
    Instant day = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(20)).plus(Duration.ofHours(14));
    String group = created(coordinator, json, "/api/v1/events", event("GROUP", day, null));
    String draft = created(coordinator, json, "/api/v1/events", event("GROUP", day, "DRAFT"));
    String support = created(coordinator, json, "/api/v1/events", event("PAIRED_SUPPORT", day, null));
    Instant slot = day.minus(Duration.ofDays(14));
    String council = created(coordinator, json, "/api/v1/councils", council(patient, mentors, slot));
    String toCancel = created(coordinator, json, "/api/v1/councils",
        council(patient, mentors, slot.plus(Duration.ofHours(3))));
    return new Fixtures(patient, counselor, host, mentors, group, draft, support, day, council, slot, toCancel);
  }

  private static String event(String kind, Instant start, String status) {
    return """
        {"title": "Property event", "kind": "%s", "start": "%s", "end": "%s", "timezone": "UTC"%s}"""
        .formatted(kind, start, start.plus(Duration.ofHours(2)), status == null ? "" : ", \"status\": \"" + status + "\"");
  }

  private static String council(Person mentee, List<Person> mentors, Instant first) {
    return """
        {"menteeId": "%s", "topic": "Property council", "proposedSlots": [%s], "mentorIds": [%s]}""".formatted(
        mentee.getId(), String.join(", ", List.of(0, 1, 2).stream().map(d -> first.plus(Duration.ofDays(d)))
            .map(s -> "{\"start\": \"%s\", \"end\": \"%s\"}".formatted(s, s.plus(Duration.ofHours(1)))).toList()),
        String.join(", ", mentors.stream().map(m -> "\"" + m.getId() + "\"").toList()));
  }

  private static String created(TestRestTemplate coordinator, ObjectMapper json, String path, String body)
      throws Exception {
    ResponseEntity<String> response = send(coordinator, HttpMethod.POST, path, body);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
    return json.readTree(response.getBody()).get("id").asText();
  }

  /** One accepted request per operation, by "METHOD /path/{template}". */
  private static Map<String, Request> examples(Fixtures f) {
    String patient = f.patient().getId().toString();
    String counselor = f.counselor().getId().toString();
    String window = "{\"start\": \"%s\", \"end\": \"%s\"}".formatted(f.supportStart(),
        f.supportStart().plus(Duration.ofHours(1)));
    return Map.ofEntries(
        Map.entry("POST /api/v1/people", new Request("/api/v1/people", """
            {"displayName": "Property Person", "email": "property.%s@test.mentra.example", "timezone": "UTC",
             "roles": ["PATIENT"], "plan": "FREE", "topics": ["anxiety"], "languages": ["en"], "seniority": 2}"""
            .formatted(UUID.randomUUID()))),
        Map.entry("POST /api/v1/events", new Request("/api/v1/events", event("GROUP", f.supportStart(), null))),
        Map.entry("PUT /api/v1/events/{id}", new Request("/api/v1/events/" + f.draftEvent(),
            event("GROUP", f.supportStart(), "DRAFT"))),
        Map.entry("PUT /api/v1/events/{id}/attendance", new Request("/api/v1/events/" + f.groupEvent() + "/attendance",
            "{\"attendance\": [{\"userId\": \"%s\", \"status\": \"NO_SHOW\"}]}".formatted(patient))),
        Map.entry("POST /api/v1/events/{eventId}/counselors", new Request(
            "/api/v1/events/" + f.supportEvent() + "/counselors",
            "{\"counselorId\": \"%s\", \"windows\": [%s], \"slotMinutes\": 60}".formatted(counselor, window))),
        Map.entry("POST /api/v1/events/{eventId}/register", new Request(
            "/api/v1/events/" + f.supportEvent() + "/register",
            ("{\"userId\": \"%s\", \"availability\": [%s], \"preferences\": {\"topics\": [\"anxiety\"], "
                + "\"language\": \"en\"}}").formatted(patient, window))),
        Map.entry("POST /api/v1/events/{eventId}/chats/{chatId}/cancel", new Request(
            "/api/v1/events/" + f.supportEvent() + "/chats/" + UUID.randomUUID() + "/cancel",
            "{\"personId\": \"%s\"}".formatted(patient))),
        Map.entry("POST /api/v1/councils", new Request("/api/v1/councils",
            council(f.patient(), f.mentors(), f.councilSlot().plus(Duration.ofHours(6))))),
        Map.entry("PUT /api/v1/councils/{id}/mentors/{mentorId}/response", new Request(
            "/api/v1/councils/" + f.council() + "/mentors/" + f.mentors().get(0).getId() + "/response", """
            {"answers": [{"slotStart": "%s", "answer": "AVAILABLE"}], "conflictNote": "Evenings",
             "alternativeProposals": [{"start": "%s", "end": "%s"}]}""".formatted(f.councilSlot(),
                f.councilSlot().plus(Duration.ofHours(5)), f.councilSlot().plus(Duration.ofHours(6))))),
        Map.entry("POST /api/v1/councils/{id}/cancel", new Request("/api/v1/councils/" + f.councilToCancel()
            + "/cancel", "{\"reason\": \"Plans changed\"}")),
        Map.entry("PUT /api/v1/compatibility/{patientId}/{counselorId}", new Request(
            "/api/v1/compatibility/" + patient + "/" + counselor, "{\"score\": 50}")),
        Map.entry("POST /api/v1/blocks", new Request("/api/v1/blocks",
            "{\"blockerId\": \"%s\", \"blockedId\": \"%s\", \"reason\": \"Asked not to meet\"}"
                .formatted(patient, f.host().getId()))),
        Map.entry("DELETE /api/v1/people/{id}/pause", new Request("/api/v1/people/" + patient + "/pause",
            "{\"note\": \"Back early\"}")));
  }

  private ResponseEntity<String> send(HttpMethod method, String path, String body) {
    return send(coordinator(), method, path, body);
  }

  private static ResponseEntity<String> send(TestRestTemplate coordinator, HttpMethod method, String path,
      String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return coordinator.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  private TestRestTemplate coordinator() {
    return http.withBasicAuth(TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD);
  }

  private static String abbreviate(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length) + "… (" + text.length() + " characters)";
  }

  /**
   * Generators for an OpenAPI schema: mostly values of its shape (so that requests get past the
   * parser into the services), one in five hostile, plus broken and duplicate-key JSON around them.
   */
  static final class Bodies {

    private static final int MAX_DEPTH = 4;
    private static final String HUGE = "x".repeat(100_000);
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}]+}");

    private final JsonNode schemas;
    private final List<String> ids;
    private final ObjectMapper writer = new ObjectMapper();

    Bodies(JsonNode schemas, List<String> ids) {
      this.schemas = schemas;
      this.ids = ids;
    }

    private Gen<String> url(String template) {
      Matcher variables = PATH_VARIABLE.matcher(template);
      List<Gen<String>> parts = new ArrayList<>();
      int last = 0;
      while (variables.find()) {
        parts.add(Gen.just(template.substring(last, variables.start())));
        parts.add(Gen.of(ids));
        last = variables.end();
      }
      parts.add(Gen.just(template.substring(last)));
      return random -> {
        StringBuilder url = new StringBuilder();
        parts.forEach(part -> url.append(part.next(random)));
        return url.toString();
      };
    }

    /**
     * Requests for an operation: its accepted example with one value changed (most of them, so that
     * they get past the parser and the shape checks into the services), bodies of the schema's shape at
     * random ids, and broken JSON.
     */
    Gen<Request> requests(Operation operation, Optional<Request> example) {
      Gen<String> url = url(operation.path());
      Gen<String> body = body(operation.schema(), operation.bodyRequired());
      Gen<Request> free = random -> new Request(url.next(random), body.next(random));
      if (example.isEmpty()) {
        return free;
      }
      JsonNode valid = read(example.get().body());
      return Gen.frequency(weight(3, mutated(valid).map(b -> new Request(example.get().url(), b))),
          weight(2, free));
    }

    Gen<String> body(JsonNode schema, boolean required) {
      Gen<JsonNode> value = value(schema, "body", 0);
      return Gen.frequency(
          weight(14, value.map(this::write)),
          weight(2, value.map(this::withADuplicateKey)),
          weight(1, value.map(this::withAnUnknownField)),
          weight(required ? 1 : 2, Gen.of("", "null", "{}", "[]", "{", "\"text\"", "42",
              "{\"a\": }", "[".repeat(5_000) + "]".repeat(5_000), "1".repeat(5_000), "{\"x\": \"\\ud800\"}")));
    }

    /** The body with one value anywhere in it replaced or removed, or one key doubled. */
    private Gen<String> mutated(JsonNode valid) {
      Gen<JsonNode> replacement = Gen.frequency(weight(3, hostile()),
          weight(2, instants().map(NODES::textNode)),
          weight(2, Gen.of(ids).map(NODES::textNode)),
          weight(1, Gen.of("UNKNOWN", "", HUGE, "x".repeat(2001), "Mars/Olympus", "+02:00", "a NUL \u0000 in it")
              .map(NODES::textNode)),
          weight(1, Gen.of(Long.MAX_VALUE, Long.MIN_VALUE, 0L, -1L, 1_000_000L).map(NODES::numberNode)));
      return random -> {
        JsonNode body = valid.deepCopy();
        List<Runnable> changes = new ArrayList<>();
        JsonNode value = replacement.next(random);
        collectChanges(body, value, changes);
        int pick = random.nextInt(changes.size() + 2);
        if (pick == changes.size()) {
          return withADuplicateKey(body);
        }
        if (pick < changes.size()) {
          changes.get(pick).run();
        }
        return write(body);
      };
    }

    /** Every place of the tree where the value could stand instead, or whose key could go. */
    private static void collectChanges(JsonNode node, JsonNode value, List<Runnable> changes) {
      if (node instanceof ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
          changes.add(() -> object.set(name, value));
          changes.add(() -> object.remove(name));
          collectChanges(object.get(name), value, changes);
        }
      } else if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode array) {
        for (int i = 0; i < array.size(); i++) {
          int index = i;
          changes.add(() -> array.set(index, value));
          changes.add(() -> array.add(array.get(index).deepCopy()));
          collectChanges(array.get(i), value, changes);
        }
      }
    }

    private JsonNode read(String text) {
      try {
        return writer.readTree(text);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    private Gen<JsonNode> value(JsonNode schema, String name, int depth) {
      JsonNode resolved = resolve(schema);
      return Gen.frequency(
          weight(16, Gen.lazy(() -> shaped(resolved, name, depth))),
          weight(1, hostile()));
    }

    private Gen<JsonNode> shaped(JsonNode schema, String name, int depth) {
      String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
      return switch (type) {
        case "object" -> depth >= MAX_DEPTH ? Gen.just(NODES.objectNode()) : object(schema, depth);
        case "array" -> depth >= MAX_DEPTH ? Gen.just(NODES.arrayNode()) : array(schema, name, depth);
        case "integer" -> integer(schema);
        case "number" -> Gen.longs(-1_000_000, 1_000_000).map(n -> (JsonNode) NODES.numberNode(n / 7.0));
        case "boolean" -> Gen.of(true, false).map(NODES::booleanNode);
        default -> string(schema, name);
      };
    }

    private Gen<JsonNode> object(JsonNode schema, int depth) {
      List<String> required = new ArrayList<>();
      schema.path("required").forEach(r -> required.add(r.asText()));
      List<String> names = new ArrayList<>();
      List<Gen<Optional<JsonNode>>> values = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        names.add(field.getKey());
        Gen<JsonNode> value = value(field.getValue(), field.getKey(), depth + 1);
        int presence = required.contains(field.getKey()) ? 9 : 6;
        values.add(Gen.frequency(weight(presence, value.map(Optional::of)),
            weight(10 - presence, Gen.just(Optional.empty()))));
      }
      if (values.isEmpty()) {
        return Gen.just(NODES.objectNode());
      }
      return random -> {
        ObjectNode node = NODES.objectNode();
        for (int i = 0; i < names.size(); i++) {
          String field = names.get(i);
          values.get(i).next(random).ifPresent(v -> node.set(field, v));
        }
        return node;
      };
    }

    private Gen<JsonNode> array(JsonNode schema, String name, int depth) {
      int most = schema.path("maxItems").asInt(5);
      return value(schema.path("items"), name, depth + 1).list(0, Math.min(most + 1, 8))
          .map(items -> {
            var array = NODES.arrayNode();
            items.forEach(array::add);
            return array;
          });
    }

    private Gen<JsonNode> integer(JsonNode schema) {
      long minimum = schema.path("minimum").asLong(-1000);
      long maximum = schema.path("maximum").asLong(Math.max(minimum, 0) + 1000);
      return Gen.frequency(
          weight(16, Gen.longs(minimum, maximum).map(NODES::numberNode)),
          weight(2, Gen.of(minimum - 1, maximum + 1, 0L, -1L, 15L, 30L, 45L, 60L, 240L).map(NODES::numberNode)),
          weight(1, Gen.of(Long.MAX_VALUE, Long.MIN_VALUE, (long) Integer.MAX_VALUE + 1).map(NODES::numberNode)),
          weight(1, Gen.of(1.5, 1e300, -0.0).map(NODES::numberNode)));
    }

    private Gen<JsonNode> string(JsonNode schema, String name) {
      if (schema.has("enum")) {
        List<String> values = new ArrayList<>();
        schema.path("enum").forEach(v -> values.add(v.asText()));
        return Gen.frequency(weight(16, Gen.of(values)),
            weight(2, Gen.of("UNKNOWN", "", values.get(0).toLowerCase(), " " + values.get(0))))
            .map(NODES::textNode);
      }
      Gen<String> text = switch (schema.path("format").asText("")) {
        case "uuid" -> Gen.frequency(weight(19, Gen.of(ids)),
            weight(1, Gen.of("not-a-uuid", "00000000-0000-0000-0000-000000000000", "")));
        case "date-time" -> instants();
        case "email" -> Gen.strings(LETTERS, 1, 12)
            .map(s -> s + "." + UUID.randomUUID().toString().substring(0, 8) + "@test.mentra.example");
        default -> name.toLowerCase().contains("timezone") || name.toLowerCase().contains("zone")
            ? Gen.of("UTC", "Etc/UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "+02:00", "Mars/Olympus")
            : Gen.frequency(
                weight(24, Gen.strings(LETTERS + "0123456789 -", 1, 30)),
                weight(1, Gen.strings("\u00e9\u00df\u4e2d\ud83d\ude00\u0000\u202e\"\\\n\t{}[]:,.", 0, 30)),
                weight(1, Gen.of("", "   ", "<script>alert(1)</script>", "'; drop table person; --")),
                weight(1, Gen.longs(1, 4).map(n -> HUGE.substring(0, (int) (n * 1000)))),
                weight(1, Gen.just(HUGE)));
      };
      return text.map(NODES::textNode);
    }

    /** Near now, at the edges of what any calendar means, and not instants at all. */
    static Gen<String> instants() {
      Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
      return Gen.frequency(
          weight(12, Gen.longs(-24, 24 * 40).map(h -> now.plus(Duration.ofHours(h)).toString())),
          weight(3, Gen.of("+99999-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z",
              "+999999999-12-31T23:59:59Z", "+1000000000-01-01T00:00:00Z", "1970-01-01T00:00:00Z",
              "0000-01-01T00:00:00Z", "2026-02-30T10:00:00Z", "2031-06-01T10:00:00+18:00", "2031-06-01T10:00:00",
              "2031-06-01", "tomorrow", "")),
          weight(1, Gen.longs(1, 10_000).map(s -> now.plusSeconds(s).toString())));
    }

    /** A value of another kind than the schema asks for. */
    private Gen<JsonNode> hostile() {
      return Gen.of(NODES.nullNode(), NODES.textNode("x"), NODES.textNode(HUGE), NODES.numberNode(-1),
          NODES.numberNode(1e308), NODES.booleanNode(true), NODES.objectNode(), NODES.arrayNode(),
          NODES.arrayNode().add(NODES.nullNode()), NODES.objectNode().put("unexpected", "field"));
    }

    private JsonNode resolve(JsonNode schema) {
      String ref = schema.path("$ref").asText("");
      return ref.isEmpty() ? schema : schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private String write(JsonNode node) {
      try {
        return writer.writeValueAsString(node);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    /** The object's first key twice, as {"score":50,"score":50,...}. */
    private String withADuplicateKey(JsonNode node) {
      String text = write(node);
      if (!(node instanceof ObjectNode object) || object.isEmpty()) {
        return text;
      }
      String first = object.fieldNames().next();
      return "{" + write(NODES.objectNode().set(first, object.get(first))).substring(1).replaceAll("}$", "") + ","
          + text.substring(1);
    }

    private String withAnUnknownField(JsonNode node) {
      return node instanceof ObjectNode object ? write(object.deepCopy().put("unknownField", 1)) : write(node);
    }
  }
}
