package org.mentra.sessions.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.support.Http;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.TestPeople;
import org.mentra.sessions.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A pageable list sorts only by its documented fields; anything else is a 400 naming them, never a 500. */
class SortablePageablesTest extends IntegrationTest {

  @Autowired
  private TestRestTemplate http;
  @Autowired
  private ObjectMapper json;
  @Autowired
  private PersonRepository people;

  @Test
  void peopleSortOnlyByTheirDocumentedFields() throws Exception {
    for (String sort : List.of("nonexistent", "password", "roles", "'", "id,sideways", "id", "displayName,email,x")) {
      ResponseEntity<String> response = get("/api/v1/people?sort=" + sort);

      assertThat(response.getStatusCode()).as(sort).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      JsonNode problem = json.readTree(response.getBody());
      assertThat(problem.get("errors").findValuesAsText("field")).containsOnly("sort");
      assertThat(problem.get("detail").asText()).contains("sort by displayName, email");
    }
  }

  @Test
  void eventsSortOnlyByTheirDocumentedFieldsUnderTheirApiNames() throws Exception {
    for (String sort : List.of("nonexistent", "email,desc", "startsAt", "id,sideways", "'")) {
      ResponseEntity<String> response = get("/api/v1/events?sort=" + sort);

      assertThat(response.getStatusCode()).as(sort).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      assertThat(json.readTree(response.getBody()).get("detail").asText())
          .contains("sort by start, end, title, createdAt");
    }
    for (String sort : List.of("start", "start,desc", "end,asc", "title", "createdAt,desc", "")) {
      assertThat(get("/api/v1/events?sort=" + sort).getStatusCode()).as(sort).isEqualTo(HttpStatus.OK);
    }
  }

  @Test
  void aSortSpringDataCannotDecodeIsA400Too() throws Exception {
    // '%25' reaches the application as '%', which Spring Data's sort resolver URL-decodes once more and fails on.
    var response = Http.as(baseUrl(), TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD)
        .get("/api/v1/events/series?sort=%25");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(json.readTree(response.body()).get("errors").findValuesAsText("field")).containsOnly("sort");
    assertThat(json.readTree(response.body()).get("detail").asText()).contains("sort by createdAt, title");
  }

  @Test
  void aDocumentedFieldSortsInEitherDirection() throws Exception {
    String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
    Person first = people.save(TestPeople.person("Aaa " + tag, "UTC", Role.HOST, Plan.FREE));
    Person last = people.save(TestPeople.person("Zzz " + tag, "UTC", Role.HOST, Plan.FREE));

    List<String> ascending = ids(get("/api/v1/people?role=HOST&size=2000&sort=displayName"));
    List<String> descending = ids(get("/api/v1/people?role=HOST&size=2000&sort=displayName,desc"));

    assertThat(ascending.indexOf(first.getId().toString())).isLessThan(ascending.indexOf(last.getId().toString()));
    assertThat(descending.indexOf(first.getId().toString())).isGreaterThan(descending.indexOf(last.getId().toString()));
    assertThat(get("/api/v1/people?sort=email,desc&sort=displayName").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void eachOperationKeepsItsOwnDefaultPageAndAGivenOneIsNotTakenForIt() throws Exception {
    // the defaults are kept per operation once resolved: a request with page or size must neither get nor set them
    for (int round = 0; round < 2; round++) {
      assertThat(page(get("/api/v1/people")).get("size").asInt()).isEqualTo(50);
      assertThat(page(get("/api/v1/people?size=3&page=1")).get("size").asInt()).isEqualTo(3);
      assertThat(page(get("/api/v1/people?size=3&page=1")).get("number").asInt()).isEqualTo(1);
      assertThat(page(get("/api/v1/events/series")).get("size").asInt()).isEqualTo(20);
      assertThat(page(get("/api/v1/events/series?size=7")).get("size").asInt()).isEqualTo(7);
    }
    assertThat(page(get("/api/v1/people")).get("number").asInt()).isZero();
  }

  private JsonNode page(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody()).get("page");
  }

  @Test
  void theOpenApiDocumentNamesTheSortableFields() throws Exception {
    JsonNode paths = json.readTree(get("/v3/api-docs").getBody()).get("paths");

    assertThat(sortDescription(paths.get("/api/v1/people").get("get"))).contains("displayName, email");
    assertThat(sortDescription(paths.get("/api/v1/events").get("get"))).contains("start, end, title, createdAt");
  }

  private static String sortDescription(JsonNode operation) {
    return StreamSupport.stream(operation.get("parameters").spliterator(), false)
        .filter(p -> p.get("name").asText().equals("sort"))
        .map(p -> p.get("description").asText())
        .findFirst().orElse("");
  }

  private List<String> ids(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody()).get("content").findValuesAsText("id");
  }

  private ResponseEntity<String> get(String path) {
    return http.withBasicAuth(TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD).getForEntity(path, String.class);
  }
}
