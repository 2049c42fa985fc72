package org.mentra.sessions.safety;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.mail.OutboundMessage;
import org.mentra.sessions.mail.OutboxRepository;
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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** POST /api/v1/reports and its problems, the audit for coordinators, and the reporter's anonymity end to end. */
class ReportApiTest extends IntegrationTest {

  static final Instant NOW = Instant.parse("2031-08-01T09:00:00Z");
  private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+/r/[A-Za-z0-9_\\-.]+");

  @Autowired
  TestRestTemplate http;
  @Autowired
  ObjectMapper json;
  @Autowired
  PersonRepository people;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  OutboxRepository outbox;

  @BeforeEach
  void freezeClock() {
    ClockUtil.setCurrentTime(Date.from(NOW));
  }

  @Test
  void anUrgentConcernAnswersWithCrisisResourcesAndBadInputIsAProblemNamingTheField() throws Exception {
    Person reporter = person("Rosa Reporter", Role.PATIENT);
    Person other = person("Otto Other", Role.PATIENT);

    ResponseEntity<String> urgent = post(coordinator(), body(reporter.getId(), other.getId(), "SELF_HARM_RISK",
        "They said they want to hurt themselves.", false));
    assertThat(urgent.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode answer = json.readTree(urgent.getBody());
    assertThat(answer.get("status").asText()).isEqualTo("OPEN");
    assertThat(answer.get("urgent").asBoolean()).isTrue();
    assertThat(answer.get("crisisResources").findValuesAsText("name"))
        .as("the lines of the reporter's region (Berlin)").containsExactly("TelefonSeelsorge (Germany)");
    JsonNode plain = json.readTree(post(coordinator(), body(reporter.getId(), other.getId(), "SPAM", "Ads.", false))
        .getBody());
    assertThat(plain.get("crisisResources")).isEmpty();

    assertThat(fields(post(coordinator(), body(UUID.randomUUID(), other.getId(), "SPAM", "x", false))))
        .containsExactly("reporterId");
    assertThat(fields(post(coordinator(), body(reporter.getId(), reporter.getId(), "SPAM", "x", false))))
        .containsExactly("reportedPersonId");
    assertThat(fields(post(coordinator(), body(reporter.getId(), null, "SPAM", "x", false))))
        .containsExactly("reportedPersonId");
    assertThat(fields(post(coordinator(), body(reporter.getId(), other.getId(), null, " ", false))))
        .containsExactly("category", "text");
    assertThat(fields(post(coordinator(), "{\"reporterId\": \"%s\", \"eventId\": \"%s\", \"sessionId\": \"%s\", "
        .formatted(reporter.getId(), UUID.randomUUID(), UUID.randomUUID()) + "\"category\": \"OTHER\", \"text\": \"x\"}")))
        .containsExactly("eventId", "sessionId");
    assertThat(post(coordinator(), "{\"reporterId\": \"%s\", \"category\": \"NOPE\"}".formatted(reporter.getId()))
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(post(member(), body(reporter.getId(), other.getId(), "SPAM", "x", false)).getStatusCode())
        .as("someone else's report").isEqualTo(HttpStatus.FORBIDDEN);

    String id = answer.get("id").asText();
    JsonNode audit = json.readTree(coordinator().getForObject("/api/v1/reports/{id}/audit", String.class, id));
    assertThat(audit.findValuesAsText("action")).containsExactly("REPORTED");
    assertThat(member().getForEntity("/api/v1/reports/{id}/audit", String.class, id).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(coordinator().getForEntity("/api/v1/reports/{id}", String.class, UUID.randomUUID()).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theReporterIsNeverShownToTheReportedPersonInAnyAnswerPageOrMail() throws Exception {
    Person reporter = person("Quentin Quillfeather", Role.PATIENT);
    Person reported = memberPerson("Rex Reported");
    ResponseEntity<String> filed = post(coordinator(), body(reporter.getId(), reported.getId(), "HARASSMENT",
        "Quentin here: Rex kept messaging me.", true));
    String reportId = json.readTree(filed.getBody()).get("id").asText();
    ProcessInstance review = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reportId).singleResult();
    runJobs(review);
    Task task = tasks.createTaskQuery().processInstanceId(review.getId()).singleResult();
    tasks.claim(task.getId(), "mod-ann");
    tasks.complete(task.getId(), Map.of("decision", "warn", "decisionReason",
        "Quentin Quillfeather (" + reporter.getEmail() + ") asked you to stop; please respect that."));
    runJobs(review);

    List<String> seen = new ArrayList<>();
    Http asReported = Http.as(baseUrl(), TestUsers.MEMBER, TestUsers.MEMBER_PASSWORD);
    for (String path : List.of("/api/v1/reports/" + reportId, "/api/v1/reports/" + reportId + "/audit",
        "/api/v1/people/" + reported.getId() + "/blocks", "/api/v1/events?size=100")) {
      HttpResponse<String> response = asReported.get(path);
      assertThat(response.statusCode()).as(path).isIn(200, 403, 404);
      seen.add(response.body());
    }
    List<OutboundMessage> toReported = outbox.findByRecipientPersonIdOrderByCreatedAt(reported.getId());
    assertThat(toReported).extracting(OutboundMessage::getPurpose).contains("moderation-decision");
    Http anonymous = Http.anonymous(baseUrl());
    for (OutboundMessage mail : toReported) {
      seen.add(mail.getSubject() + mail.getTextBody() + mail.getHtmlBody());
      Matcher links = LINK.matcher(mail.getTextBody());
      while (links.find()) {
        String link = links.group().substring(links.group().indexOf("/r/"));
        HttpResponse<String> page = anonymous.get(link);
        assertThat(page.statusCode()).as(link).isEqualTo(200);
        seen.add(page.body());
        HttpResponse<String> appealed = anonymous.postForm(link, Map.of("appeal", "I did nothing wrong."));
        seen.add(appealed.body());
      }
    }
    Task appeal = tasks.createTaskQuery().processInstanceId(review.getId()).taskDefinitionKey("Task_DecideAppeal")
        .singleResult();
    assertThat(appeal).as("the appeal came in through the link page").isNotNull();
    tasks.setAssignee(appeal.getId(), "mod-ben");
    tasks.complete(appeal.getId(), Map.of("appealDecision", "uphold", "appealReason",
        "Quentin's account is consistent; the warning stands."));
    runJobs(review);
    for (OutboundMessage mail : outbox.findByRecipientPersonIdOrderByCreatedAt(reported.getId())) {
      seen.add(mail.getSubject() + mail.getTextBody() + mail.getHtmlBody());
    }
    assertThat(outbox.findByRecipientPersonIdOrderByCreatedAt(reported.getId())).extracting(OutboundMessage::getPurpose)
        .contains("moderation-decision", "appeal-outcome");

    for (String text : seen) {
      assertThat(text == null ? "" : text).doesNotContainIgnoringCase("Quentin").doesNotContainIgnoringCase(
          "Quillfeather").doesNotContainIgnoringCase(reporter.getEmail()).doesNotContain(reporter.getId().toString());
    }
  }

  private void runJobs(ProcessInstance instance) {
    for (int round = 0; round < 20; round++) {
      List<Job> due = management.createJobQuery().processInstanceId(instance.getId()).executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }

  private static String body(UUID reporter, UUID reported, String category, String text, boolean urgent) {
    return "{\"reporterId\": \"%s\"%s%s, \"text\": \"%s\", \"urgent\": %s}".formatted(reporter,
        reported == null ? "" : ", \"reportedPersonId\": \"" + reported + "\"",
        category == null ? "" : ", \"category\": \"" + category + "\"", text, urgent);
  }

  private List<String> fields(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    return json.readTree(response.getBody()).get("errors").findValuesAsText("field");
  }

  private ResponseEntity<String> post(TestRestTemplate as, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return as.postForEntity("/api/v1/reports", new HttpEntity<>(body, headers), String.class);
  }

  private Person person(String name, Role role) {
    return people.save(TestPeople.person(name, "Europe/Berlin", role, Plan.FREE));
  }

  private Person memberPerson(String name) {
    people.findByUserId(TestUsers.MEMBER).ifPresent(holder -> {
      holder.setUserId(null);
      people.saveAndFlush(holder);
    });
    Person person = TestPeople.person(name, "Europe/Berlin", Role.PATIENT, Plan.FREE);
    person.setUserId(TestUsers.MEMBER);
    return people.save(person);
  }

  private TestRestTemplate coordinator() {
    return http.withBasicAuth(TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD);
  }

  private TestRestTemplate member() {
    return http.withBasicAuth(TestUsers.MEMBER, TestUsers.MEMBER_PASSWORD);
  }
}
