package org.mentra.sessions.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentra.sessions.support.Gen.weight;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.support.DatabaseSnapshot;
import org.mentra.sessions.support.Gen;
import org.mentra.sessions.support.Http;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Property: whatever a client puts into the path and query parameters of any operation of the OpenAPI
 * document (read from {@code /v3/api-docs} at test time), the answer is never a 5xx, and every 4xx is
 * problem details that names none of our classes and leaves the database as it was ({@link DatabaseSnapshot}
 * right before and after each request). Each request sets every parameter the operation declares to a
 * value of its schema (real ids from {@link ApiBodyPropertyTest#fixtures}, so requests get past the ids),
 * then (four requests in five) replaces one or two with a hostile value: malformed and foreign ids, wrong
 * types, huge strings, unknown enum values, instants out of any range, negative and huge page numbers and
 * sizes, unknown sort properties. Bodies are {@link ApiBodyPropertyTest}'s business; an operation that takes one gets {@code {}}.
 *
 * <p>Seeded, so that a failure can be repeated: {@code -Dmentra.api-parameters.seed=...}.
 */
class ApiParameterPropertyTest extends IntegrationTest {

  private static final int TRIES_PER_OPERATION = Integer.getInteger("mentra.api-parameters.tries", 12);
  private static final long SEED = Long.getLong("mentra.api-parameters.seed", 20261203L);
  private static final String HUGE = "9".repeat(20_000);

  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private ObjectMapper json;
  @Autowired
  private PersonRepository people;
  @Autowired
  private JdbcTemplate jdbc;

  record Parameter(String name, String in, JsonNode schema, boolean required) {}

  record Operation(String method, String path, List<Parameter> parameters, boolean takesBody) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  record Failure(Operation operation, String url, int status, String answer, List<String> written) {
    @Override
    public String toString() {
      return operation.method() + " " + abbreviate(url, 300) + " -> " + status + "\n    answer: "
          + abbreviate(answer, 300) + (written.isEmpty() ? "" : "\n    wrote: " + written);
    }
  }

  @Test
  void noParameterMakesAnOperationFailOrWriteHalfOrTalkAboutItsInsides() throws Exception {
    TestRestTemplate coordinator = rest.withBasicAuth(TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD);
    JsonNode document = json.readTree(coordinator.getForObject("/v3/api-docs", String.class));
    List<Operation> operations = operations(document);
    assertThat(operations).as("the operations with path or query parameters").hasSizeGreaterThan(30);
    assertThat(operations).as("paged reads among them")
        .anyMatch(o -> o.parameters().stream().anyMatch(p -> p.name().equals("size")));
    Values values = new Values(document.path("components").path("schemas"),
        ApiBodyPropertyTest.fixtures(coordinator, people, json).ids());
    Http http = Http.as(baseUrl(), TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD);
    DatabaseSnapshot.Database database = new DatabaseSnapshot.Database(jdbc);

    List<Failure> failures = new ArrayList<>();
    Map<Integer, Integer> statuses = new TreeMap<>();
    Map<String, Map<Integer, Integer>> byOperation = new TreeMap<>();
    Random random = new Random(SEED);
    long started = System.nanoTime();
    try (AutoCloseable quiet = DatabaseSnapshot.jobExecutorPaused(processEngine)) {
      for (Operation operation : operations) {
        for (int i = 0; i < TRIES_PER_OPERATION; i++) {
          String url = values.url(operation, random);
          DatabaseSnapshot before = database.take();
          HttpResponse<String> response = http.send(operation.method(), url, operation.takesBody() ? "{}" : null);
          int status = response.statusCode();
          List<String> written = status >= 400 ? database.take().changedSince(before) : List.of();
          statuses.merge(status, 1, Integer::sum);
          byOperation.computeIfAbsent(operation.toString(), k -> new TreeMap<>()).merge(status, 1, Integer::sum);
          String answer = response.body() == null ? "" : response.body();
          boolean problem = response.headers().firstValue("Content-Type")
              .map(type -> MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(type)))
              .orElse(false);
          // Answers of 2xx carry data (other tests' names among them); only refusals are searched for insides.
          if (status >= 500 || (status >= 400 && (!problem || ApiBodyPropertyTest.CLASS_NAME.matcher(answer).find()))
              || !written.isEmpty()) {
            failures.add(new Failure(operation, url, status, answer, written));
          }
        }
      }
    }

    System.out.printf("ApiParameterPropertyTest, seed %d: %d operations x %d requests in %d ms, answers by status %s%n",
        SEED, operations.size(), TRIES_PER_OPERATION, (System.nanoTime() - started) / 1_000_000, statuses);
    byOperation.forEach((operation, counts) -> System.out.printf("  %-64s %s%n", operation, counts));
    assertThat(failures).as("seed %s: answers that are 5xx, 4xx without problem details, 4xx that wrote to the "
        + "database, or that show our insides", SEED).isEmpty();
    assertThat(statuses.keySet()).as("parameters get past the parser into the services, too")
        .contains(400, 404).anyMatch(s -> s >= 200 && s < 300);
  }

  /** Every GET, DELETE, POST and PUT of the document that has a path or query parameter. */
  private static List<Operation> operations(JsonNode document) {
    List<Operation> operations = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (String method : List.of("get", "delete", "post", "put")) {
        JsonNode operation = path.getValue().path(method);
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
          String in = parameter.path("in").asText();
          if (in.equals("path") || in.equals("query")) {
            parameters.add(new Parameter(parameter.path("name").asText(), in, parameter.path("schema"),
                parameter.path("required").asBoolean(in.equals("path"))));
          }
        }
        if (!parameters.isEmpty()) {
          operations.add(new Operation(method.toUpperCase(), path.getKey(), parameters,
              !operation.path("requestBody").isMissingNode()));
        }
      }
    }
    return operations;
  }

  /** Values for parameters: mostly of their schema, sometimes hostile; and requests made of them. */
  static final class Values {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    private final JsonNode schemas;
    private final List<String> ids;

    Values(JsonNode schemas, List<String> ids) {
      this.schemas = schemas;
      this.ids = ids;
    }

    /** Every path parameter and most query parameters set; one or two of them hostile. */
    String url(Operation operation, Random random) {
      List<Parameter> parameters = operation.parameters();
      // One request in five is all valid (so real ids reach the services); the others have one or two hostile values.
      int hostile = random.nextInt(5) == 0 ? -1 : random.nextInt(parameters.size());
      int alsoHostile = hostile >= 0 && random.nextInt(4) == 0 ? random.nextInt(parameters.size()) : -1;
      String path = operation.path();
      StringBuilder query = new StringBuilder();
      for (int i = 0; i < parameters.size(); i++) {
        Parameter parameter = parameters.get(i);
        boolean bad = i == hostile || i == alsoHostile;
        if (parameter.in().equals("query") && !bad && !parameter.required() && random.nextInt(3) == 0) {
          continue;
        }
        List<String> values = bad ? List.of(hostile(parameter.schema()).next(random))
            : valid(parameter.schema(), parameter.name()).next(random);
        if (parameter.in().equals("path")) {
          path = path.replace("{" + parameter.name() + "}", encode(values.isEmpty() ? "" : values.get(0)));
        } else {
          for (String value : values) {
            query.append(query.isEmpty() ? '?' : '&').append(encode(parameter.name())).append('=')
                .append(encode(value));
          }
        }
      }
      return path + query;
    }

    /** A value of the schema's shape: one, or several for an array (a query parameter repeated). */
    private Gen<List<String>> valid(JsonNode schema, String name) {
      JsonNode resolved = resolve(schema);
      if (resolved.path("type").asText().equals("array")) {
        return one(resolve(resolved.path("items")), name).list(0, 3);
      }
      return one(resolved, name).map(List::of);
    }

    private Gen<String> one(JsonNode schema, String name) {
      if (schema.has("enum")) {
        List<String> values = new ArrayList<>();
        schema.path("enum").forEach(v -> values.add(v.asText()));
        return Gen.of(values);
      }
      return switch (schema.path("type").asText("string")) {
        case "integer" -> Gen.longs(schema.path("minimum").asLong(0), Math.min(schema.path("maximum").asLong(50), 50))
            .map(String::valueOf);
        case "number" -> Gen.longs(0, 100).map(String::valueOf);
        case "boolean" -> Gen.of("true", "false");
        default -> switch (schema.path("format").asText("")) {
          case "uuid" -> Gen.of(ids);
          case "date-time" -> ApiBodyPropertyTest.Bodies.instants();
          case "date" -> Gen.of("2026-12-24", "2027-01-01");
          default -> name.equals("sort") ? Gen.of("id", "id,desc", "displayName,asc", "start")
              : Gen.strings(LETTERS, 1, 12);
        };
      };
    }

    /** Not what the schema asks for, whatever it asks for. */
    private Gen<String> hostile(JsonNode schema) {
      JsonNode resolved = resolve(schema);
      Gen<String> anything = Gen.of("", " ", "not-a-uuid", "00000000-0000-0000-0000-000000000000",
          "-1", "0", "1.5", "1e400", "2147483648", "-9223372036854775809", "99999999999999999999999", "NaN",
          "true", "null", "UNKNOWN", "x".repeat(2_001), HUGE, "'; drop table person; --", "<script>alert(1)</script>",
          "\u00e9\u4e2d\ud83d\ude00\u202e", "a\u0000b", "..", "../..", "%", "{id}", "id,sideways", "noSuchProperty,desc",
          "+99999-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z", "2026-02-30T10:00:00Z", "2031-06-01T10:00:00",
          "2031-06-01T25:00:00Z", "tomorrow");
      Gen<String> foreign = Gen.of(ids);
      return Gen.frequency(weight(6, anything), weight(1, foreign), weight(1, ApiBodyPropertyTest.Bodies.instants()),
          weight(1, resolved.has("enum") ? Gen.of("UNKNOWN", "", resolved.path("enum").get(0).asText().toLowerCase())
              : anything));
    }

    private JsonNode resolve(JsonNode schema) {
      String ref = schema.path("$ref").asText("");
      return ref.isEmpty() ? schema : schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static String encode(String value) {
      return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
  }

  private static String abbreviate(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length) + "… (" + text.length() + " characters)";
  }
}
