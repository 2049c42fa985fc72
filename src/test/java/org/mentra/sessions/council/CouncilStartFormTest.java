package org.mentra.sessions.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.support.EngineRest;
import org.mentra.sessions.support.LoggedErrors;
import org.mentra.sessions.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.shared.TimeRange;

/** A coordinator requests a council with the Tasklist start form: the same checks as the API, people by email. */
class CouncilStartFormTest extends CouncilIntegrationTest {

  @Autowired
  private FormService forms;

  @Autowired
  private IdentityService identity;

  @Autowired
  private RepositoryService repository;

  @Autowired
  private TestRestTemplate http;

  @AfterEach
  void logOut() {
    identity.clearAuthentication();
  }

  @Test
  void theStartFormRegistersTheCouncilUnderItsIdAndAsksTheMentors() {
    Person mentee = mentee();
    List<Person> mentors = mentors(3);
    Map<String, Object> form = form(mentee, mentors);

    identity.setAuthentication(TestUsers.COORDINATOR, List.of("coordinators"));
    ProcessInstance instance = forms.submitStartForm(definition().getId(), form);
    identity.clearAuthentication();
    runJobs(instance);

    CouncilSession council = councilRepository.findById(UUID.fromString(instance.getBusinessKey())).orElseThrow();
    assertThat(council.getMenteeId()).isEqualTo(mentee.getId());
    assertThat(council.getRequestedBy()).isEqualTo(TestUsers.COORDINATOR);
    List<TimeRange> slots = inTransaction(council, CouncilSession::getProposedSlots);
    assertThat(slots).extracting(TimeRange::start)
        .containsExactlyElementsOf(SLOTS);
    UUID lead = inTransaction(council, c -> c.lead().orElseThrow().getMentorId());
    assertThat(lead).isEqualTo(mentors.get(2).getId());
    assertThat(instance).isWaitingAt("Task_WaitForAnswer");
    mentors.forEach(m -> assertThat(mails(m, "availability-request#1")).hasSize(1));
  }

  @Test
  void aRequestThatBreaksARuleIsRefusedWithEverythingToCorrectAndNothingIsStarted() {
    Person mentee = mentee();
    List<Person> mentors = mentors(3);
    Map<String, Object> form = form(mentee, mentors);
    form.put("mentorEmails", mentors.get(0).getEmail() + "\nnobody@test.mentra.example");
    form.put("slot3", "2026-05-05T10:00+02:00");
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(CouncilVariables.PROCESS_KEY).count();

    assertThatThrownBy(() -> forms.submitStartForm(definition().getId(), form))
        .hasMessageContaining("Mentors the mentee picked: nobody with the email nobody@test.mentra.example is registered.");
    form.put("mentorEmails", mentors.get(0).getEmail());
    assertThatThrownBy(() -> forms.submitStartForm(definition().getId(), form))
        .hasMessageContaining("Slot 3 must be Fri 8 May 2026, 08:00 UTC or later")
        .hasMessageContaining("Lead mentor must be one of the picked mentors.");

    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CouncilVariables.PROCESS_KEY).count())
        .isEqualTo(before);
  }

  @Test
  void slotsTooSoonAreRefusedThroughTheEngineRestWithA400InTheFormsOwnWordsOnceAndNoErrorLogged() {
    Person mentee = mentee();
    List<Person> mentors = mentors(3);
    Map<String, Object> form = form(mentee, mentors);
    form.put("slot1", "2026-05-05T09:00+02:00");
    form.put("slot2", "2026-05-05T11:00+02:00");
    form.put("slot3", "2026-05-05T13:00+02:00");
    form.put("mentorMinimum", 3L);
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(CouncilVariables.PROCESS_KEY).count();

    ResponseEntity<String> response;
    List<String> errors;
    try (LoggedErrors logged = LoggedErrors.capture()) {
      response = EngineRest.asCoordinator(http).submitStartForm(CouncilVariables.PROCESS_KEY, form);
      errors = logged.lines();
    }

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    String message = EngineRest.message(response);
    assertThat(message).contains("Slots 1, 2 and 3 must be Fri 8 May 2026, 08:00 UTC or later")
        .doesNotContain("slot1").doesNotContain("proposedSlots").doesNotContain("ENGINE-");
    assertThat(message.split("or later", -1)).as("said once").hasSize(2);
    assertThat(errors).isEmpty();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CouncilVariables.PROCESS_KEY).count())
        .isEqualTo(before);
  }

  @Test
  void tasklistKeepsARefusalInViewAtTheTopOfTheStartDialogThatTheCoordinatorScrolledDownToPressStart() {
    // Tasklist shows the refusal at the top of the dialog's body; the dialog scrolls as a whole, and the
    // Start button is at its bottom, so without this the coordinator saw nothing happen.
    ResponseEntity<String> css = http.getForEntity("/camunda/app/tasklist/styles/user-styles.css", String.class);

    assertThat(css.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(css.getBody()).containsPattern(
        "(?s)\\.modal-body > \\[notifications-panel] \\{[^}]*position: sticky;[^}]*top: 0;");
  }

  private ProcessDefinition definition() {
    return repository.createProcessDefinitionQuery().processDefinitionKey(CouncilVariables.PROCESS_KEY)
        .latestVersion().singleResult();
  }

  /** What Tasklist submits: text, date-times with the browser's offset, numbers. */
  private static Map<String, Object> form(Person mentee, List<Person> mentors) {
    Map<String, Object> form = new HashMap<>();
    form.put("menteeEmail", mentee.getEmail().toUpperCase());
    form.put("topic", "Burnout and a career change");
    form.put("goals", "Find my footing again");
    form.put("questions", "How did you recover?");
    form.put("slot1", "2026-05-11T16:00+02:00");
    form.put("slot2", "2026-05-12T14:00Z");
    form.put("slot3", "2026-05-13T10:00-04:00");
    form.put("mentorEmails", String.join("\n", mentors.stream().map(Person::getEmail).toList()));
    form.put("leadMentorEmail", mentors.get(2).getEmail());
    form.put("mentorMinimum", 3);
    form.put("mentorMaximum", 3L);
    return form;
  }
}
