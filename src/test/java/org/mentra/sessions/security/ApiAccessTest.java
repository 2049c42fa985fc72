package org.mentra.sessions.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.support.DatabaseSnapshot;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.LoopbackClient;
import org.mentra.sessions.support.LoopbackClient.Response;
import org.mentra.sessions.support.TestPeople;
import org.mentra.sessions.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every operation of the OpenAPI document, so a new one is covered as it is written: called without a login
 * (401 problem), and by a member without rights (a person of their own, no group) with another person's id
 * in every path variable: a coordinator-only operation (its handler's {@code @PreAuthorize}) answers 403, a
 * person's own records answer 403 to anyone else, the rest 400, 403 or 404, all problem details; only the
 * operations in {@link #MEMBER_MAY} answer a member at all, and never with the other person in them. The
 * database is the same afterwards. The bodies are {@code {}}, which no operation takes: a coordinator-only
 * operation checks the rights before the body (RightsBeforeBodies); the others check them in their services,
 * after the body, so a 400 there is allowed.
 */
class ApiAccessTest extends IntegrationTest {

  /** What any logged-in member may call: the published events and series (reviewed; a new entry is a decision). */
  private static final Set<String> MEMBER_MAY = Set.of("GET /api/v1/events", "GET /api/v1/events/series");
  private static final java.util.regex.Pattern CLASS_NAME = java.util.regex.Pattern.compile(
      "\\b(?:org|java|jakarta)\\.[a-z][a-z0-9_]*\\.[A-Za-z_][\\w.$]*|\\tat |Exception\\b");

  private static final String MEMBER =
      "Authorization: " + LoopbackClient.basic(TestUsers.MEMBER, TestUsers.MEMBER_PASSWORD);
  private static final String COORDINATOR =
      "Authorization: " + LoopbackClient.basic(TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD);

  @Autowired
  private ObjectMapper json;

  @Autowired
  private PersonRepository people;

  @Autowired
  private JdbcTemplate jdbc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  private RequestMappingHandlerMapping mappings;

  private Person me;
  private Person someoneElse;

  @BeforeEach
  void aMemberWithAPersonOfTheirOwn() {
    people.findByUserId(TestUsers.MEMBER).ifPresent(p -> {
      p.setUserId(null);
      people.save(p);
    });
    Person member = TestPeople.person("Mo Member", "Europe/Berlin", Role.PATIENT, Plan.FREE);
    member.setUserId(TestUsers.MEMBER);
    me = people.save(member);
    someoneElse = people.save(TestPeople.person("Sam Else", "Europe/Berlin", Role.MENTOR, Plan.FREE));
  }

  @AfterEach
  void theMemberHasNoPersonAgain() {
    me.setUserId(null);
    people.save(me);
  }

  @Test
  void everyOperationRefusesACallWithoutLoginWithA401Problem() throws Exception {
    LoopbackClient client = LoopbackClient.ofItsOwn(port);
    List<String> wrong = new ArrayList<>();
    DatabaseSnapshot.Database database = new DatabaseSnapshot.Database(jdbc);
    DatabaseSnapshot before = database.take();

    for (Operation operation : operations()) {
      Response response = call(client, operation, someoneElse, null);
      if (response.status() != 401 || !isProblem(response) || response.body().contains(someoneElse.getEmail())) {
        wrong.add(operation + " -> " + response.status() + " " + response.body());
      }
    }

    assertThat(wrong).as("operations answering a call without login other than with a 401 problem").isEmpty();
    assertThat(database.take().changedSince(before)).as("tables changed by " + "calls without login").isEmpty();
  }

  @Test
  void aMemberCallingAboutSomeoneElseIsRefusedWithAProblemOnEveryOperation() throws Exception {
    LoopbackClient client = LoopbackClient.ofItsOwn(port);
    List<Operation> operations = operations();
    List<String> wrong = new ArrayList<>();
    DatabaseSnapshot.Database database = new DatabaseSnapshot.Database(jdbc);
    DatabaseSnapshot before = database.take();

    for (Operation operation : operations) {
      Response response = call(client, operation, someoneElse, MEMBER);
      int status = response.status();
      String answer = operation + " -> " + status + " " + response.body();
      if (status >= 200 && status < 300) {
        if (!MEMBER_MAY.contains(operation.key()) || response.body().contains(someoneElse.getId().toString())) {
          wrong.add("answered: " + answer);
        }
      } else if (!isProblem(response) || CLASS_NAME.matcher(response.body()).find()) {
        wrong.add("not a clean problem: " + answer);
      } else if (operation.staffOnly && status != 403) {
        wrong.add("coordinators only, yet not 403: " + answer);
      } else if (!operation.staffOnly && !Set.of(400, 403, 404).contains(status)) {
        wrong.add("not 400, 403 or 404: " + answer);
      } else if (operation.aboutAPerson() && status != 403 && !(operation.body && status == 400)) {
        wrong.add("another person's data, yet not 403: " + answer);
      }
    }

    assertThat(wrong).as("what a member without rights got, about someone else (the ids in every path are "
        + "another person's)").isEmpty();
    assertThat(operations.stream().filter(Operation::staffOnly)).as("coordinator-only operations found").hasSizeGreaterThan(5);
    assertThat(database.take().changedSince(before)).as("tables changed by " + "a member's refused calls").isEmpty();
  }

  @Test
  void theSameMemberReadsTheirOwnRecords() {
    LoopbackClient client = LoopbackClient.ofItsOwn(port);
    for (String own : List.of("/api/v1/people/" + me.getId(), "/api/v1/people/" + me.getId() + "/reliability",
        "/api/v1/people/" + me.getId() + "/blocks")) {
      Response response = client.get(own, MEMBER);
      assertThat(response.status()).as(own + ": " + response.body()).isEqualTo(200);
      assertThat(client.get(own.replace(me.getId().toString(), someoneElse.getId().toString()), MEMBER).status())
          .as(own + " of someone else").isEqualTo(403);
    }
  }

  /** The operation with every path variable the given person's id, a body of {} where it takes one. */
  private static Response call(LoopbackClient client, Operation operation, Person about, String login) {
    String path = operation.path.replaceAll("\\{[^}]+}", about.getId().toString());
    List<String> headers = new ArrayList<>(List.of("Content-Type: application/json"));
    if (login != null) {
      headers.add(login);
    }
    return client.send(operation.method, path, operation.body ? "{}" : null, headers.toArray(String[]::new));
  }

  private static boolean isProblem(Response response) {
    String type = response.header("Content-Type");
    return type != null && type.startsWith("application/problem+json")
        && response.body().contains("\"status\":" + response.status());
  }

  /** One operation of the document; staff-only when its handler says {@code @PreAuthorize("@caller.isStaff()")}. */
  record Operation(String method, String path, boolean body, boolean staffOnly) {
    String key() {
      return method + " " + path;
    }

    /** A person's own things: their profile, records, calendars, blocks, host verification and analytics. */
    boolean aboutAPerson() {
      return path.startsWith("/api/v1/people/{id}") || path.startsWith("/api/v1/hosts/{");
    }

    @Override
    public String toString() {
      return key();
    }
  }

  private List<Operation> operations() throws Exception {
    Map<String, Boolean> staffOnly = new TreeMap<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : mappings.getHandlerMethods().entrySet()) {
      PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getValue().getMethod(), PreAuthorize.class);
      if (rule == null) {
        rule = AnnotatedElementUtils.findMergedAnnotation(handler.getValue().getBeanType(), PreAuthorize.class);
      }
      for (var method : handler.getKey().getMethodsCondition().getMethods()) {
        for (String pattern : handler.getKey().getPatternValues()) {
          staffOnly.put(method.name() + " " + pattern, rule != null && rule.value().equals("@caller.isStaff()"));
        }
      }
    }
    String document = LoopbackClient.ofItsOwn(port).get("/v3/api-docs", COORDINATOR).body();
    JsonNode paths = json.readTree(document).path("paths");
    List<Operation> operations = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      for (String method : List.of("get", "post", "put", "patch", "delete")) {
        JsonNode operation = path.getValue().path(method);
        if (!operation.isMissingNode()) {
          String key = method.toUpperCase() + " " + path.getKey();
          assertThat(staffOnly).as("a handler for " + key).containsKey(key);
          operations.add(new Operation(method.toUpperCase(), path.getKey(), !operation.path("requestBody").isMissingNode(),
              staffOnly.get(key)));
        }
      }
    }
    return operations;
  }
}
