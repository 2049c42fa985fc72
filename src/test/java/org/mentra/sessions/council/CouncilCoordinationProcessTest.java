package org.mentra.sessions.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.support.EngineRest;
import org.mentra.sessions.support.LoggedErrors;
import org.mentra.sessions.support.VisibleText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.mentra.sessions.council.domain.Availability;
import org.mentra.sessions.council.domain.CoordinationReason;
import org.mentra.sessions.council.domain.CouncilMentor;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.council.domain.CouncilStatus;
import org.mentra.sessions.council.domain.MentorSource;
import org.mentra.sessions.shared.TimeRange;

/** When automation cannot settle a council: the coordinator's task, and what each of its decisions does. */
class CouncilCoordinationProcessTest extends CouncilIntegrationTest {

  private static final Instant PROPOSED_BY_MENTORS = Instant.parse("2026-05-14T15:00:00Z");

  @Autowired
  private TestRestTemplate http;

  @Test
  void withoutAQuorumTheCoordinatorGetsTheTaskAndAnInvalidOverrideIsRefused() throws Exception {
    Person mentee = mentee();
    List<Person> mentors = mentors(3);
    CouncilSession council = request(mentee, mentors, 3);
    ProcessInstance instance = process(council);
    runJobs(instance);
    for (int i = 0; i < 3; i++) {
      Map<Integer, Availability> answers = new HashMap<>(all(Availability.UNAVAILABLE));
      answers.put(i, Availability.AVAILABLE);
      availability.answer(council.getId(), mentors.get(i).getId(), new MentorAnswer(slotAnswers(council, answers),
          "Evenings are hard this week", List.of(TimeRange.starting(PROPOSED_BY_MENTORS, java.time.Duration.ofHours(1)))));
    }
    runJobs(instance);

    assertThat(status(council)).isEqualTo(CouncilStatus.NEEDS_COORDINATOR);
    assertThat(instance).isWaitingAt("UserTask_ResolveCoordination");
    assertThat(coordinatorMails(council, "coordination-needed#1")).isNotEmpty();
    assertThat(mails(mentee, "mentee-delay#1")).singleElement()
        .satisfies(m -> assertThat(m.getTextBody()).contains("taking a little longer"));
    Task task = task(instance);
    assertThat(task.getCamundaFormRef().getKey()).isEqualTo("resolve-council");
    assertThat(task.getCamundaFormRef().getBinding()).isEqualTo("latest");
    assertThat(tasks.getVariable(task.getId(), "summary").toString()).contains("Burnout and a career change")
        .contains("Not enough mentors can make any one of the proposed times")
        .contains("**Proposed slots:** 1 Mon 11 May 14:00 · 2 Tue 12 May 14:00 · 3 Wed 13 May 14:00");
    assertThat(tasks.getVariable(task.getId(), "mentorAnswers").toString()).contains("Mentor A (lead)")
        .contains("\"slots\":\"1 yes · 2 no · 3 no\"");
    assertThat(tasks.getVariable(task.getId(), "mentorNotes").toString()).contains("Mentor B")
        .contains("Evenings are hard this week (Proposes Thu 14 May 15:00.)");
    assertTheFormFindsWhatItShows(task);
    assertThat(tasks.getVariable(task.getId(), "suggestions").toString())
        .contains("overlaps proposals of Mentor B, Mentor C");
    assertThat(tasks.getVariable(task.getId(), "slotOptions").toString()).contains(PROPOSED_BY_MENTORS.toString());
    String formText = java.util.stream.Stream.of("summary", "mentorAnswers", "suggestions", "slotOptions",
        "mentorOptions").map(name -> String.valueOf(tasks.getVariable(task.getId(), name)))
        .collect(java.util.stream.Collectors.joining(" "));
    assertThat(VisibleText.codesIn(formText)).as(formText).isEmpty();
    assertThat(coordinatorMails(council, "coordination-needed#1"))
        .allSatisfy(m -> assertThat(VisibleText.codesIn(m.getTextBody())).isEmpty());

    assertThatThrownBy(() -> complete(task, confirm(SLOTS.get(0), mentors)))
        .hasMessageContaining("Mentor B said they cannot make");
    assertThatThrownBy(() -> complete(task, confirm(PROPOSED_BY_MENTORS, mentors.subList(0, 2))))
        .hasMessageContaining("Choose between 3 and 3 mentors; 2 are chosen");
    ResponseEntity<String> refused;
    List<String> errors;
    try (LoggedErrors logged = LoggedErrors.capture()) {
      refused = EngineRest.asCoordinator(http).submitTaskForm(task.getId(), Map.of("decision", "confirm",
          "chosenSlot", PROPOSED_BY_MENTORS.toString(),
          "chosenMentorIds", mentors.subList(0, 2).stream().map(m -> m.getId().toString()).toList()));
      errors = logged.lines();
    }
    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(EngineRest.message(refused)).contains("Choose between 3 and 3 mentors; 2 are chosen.")
        .doesNotContain("ENGINE-").doesNotContain("TaskListener");
    assertThat(errors).isEmpty();
    assertThat(instance).isWaitingAt("UserTask_ResolveCoordination");

    complete(task, confirm(PROPOSED_BY_MENTORS, mentors));
    runJobs(instance);

    assertThat(status(council)).isEqualTo(CouncilStatus.CONFIRMED);
    assertThat(confirmedStart(council)).isEqualTo(PROPOSED_BY_MENTORS);
    assertThat(instance).isWaitingAt("Timer_FirstSessionReminder");
    assertThat(mails(mentee, "confirmation")).hasSize(1);
    assertThat(runtime.getVariables(instance.getId())).doesNotContainKeys("decision", "chosenSlot", "chosenMentorIds");
  }

  @Test
  void theCoordinatorGivesMentorsWhoDidNotAnswerMoreTime() {
    List<Person> mentors = mentors(4);
    CouncilSession council = request(mentee(), mentors, 3);
    ProcessInstance instance = process(council);
    runJobs(instance);
    answer(council, mentors.get(0), Map.of(0, Availability.AVAILABLE));
    answer(council, mentors.get(1), Map.of(0, Availability.AVAILABLE));
    fireTimer(instance, "Timer_ResponseDeadline");
    assertThat(instance).isWaitingAt("UserTask_ResolveCoordination");

    complete(task(instance), Map.of("decision", "extend", "extensionHours", 24));
    runJobs(instance);

    assertThat(status(council)).isEqualTo(CouncilStatus.COLLECTING_AVAILABILITY);
    assertThat(mails(mentors.get(2), "availability-request#2")).hasSize(1);
    assertThat(mails(mentors.get(0), "availability-request#2")).as("those who answered keep their answer").isEmpty();
    answer(council, mentors.get(2), Map.of(0, Availability.TENTATIVE));
    answer(council, mentors.get(3), all(Availability.UNAVAILABLE));
    runJobs(instance);

    assertThat(status(council)).isEqualTo(CouncilStatus.CONFIRMED);
    assertThat(selectedMentors(council)).containsExactlyInAnyOrder(mentors.get(0).getId(), mentors.get(1).getId(),
        mentors.get(2).getId());
  }

  @Test
  void theCoordinatorReplacesAMentorAndTheSystemFindsAndAsksAnother() {
    List<Person> mentors = mentors(3);
    Person spare = mentor("Spare Mentor", "Europe/Dublin");
    CouncilSession council = request(mentee(), mentors, 3);
    ProcessInstance instance = process(council);
    runJobs(instance);
    answer(council, mentors.get(0), Map.of(1, Availability.AVAILABLE));
    answer(council, mentors.get(1), Map.of(1, Availability.AVAILABLE));
    fireTimer(instance, "Timer_ResponseDeadline");

    complete(task(instance), Map.of("decision", "replace",
        "replaceMentorIds", SpinValues.jsonValue("[\"" + mentors.get(2).getId() + "\"]").create()));
    runJobs(instance);

    List<CouncilMentor> active = inTransaction(council, CouncilSession::activeMentors);
    assertThat(active).hasSize(3).extracting(CouncilMentor::getMentorId).doesNotContain(mentors.get(2).getId());
    CouncilMentor replacement = active.stream().filter(m -> m.getSource() == MentorSource.MATCHED).findFirst()
        .orElseThrow();
    assertThat(replacement.getScoreReasons()).isNotEmpty();
    Person newcomer = people.findById(replacement.getMentorId()).orElseThrow();
    assertThat(mails(newcomer, "availability-request#2")).hasSize(1);
    answer(council, newcomer, Map.of(1, Availability.AVAILABLE));
    runJobs(instance);

    assertThat(status(council)).isEqualTo(CouncilStatus.CONFIRMED);
    assertThat(selectedMentors(council)).contains(newcomer.getId()).doesNotContain(mentors.get(2).getId());
    assertThat(spare).isNotNull();
  }

  @Test
  void theCoordinatorProposesNewSlotsAndEveryMentorIsAskedAgain() {
    List<Person> mentors = mentors(3);
    CouncilSession council = request(mentee(), mentors, 3);
    ProcessInstance instance = process(council);
    runJobs(instance);
    mentors.forEach(m -> answer(council, m, all(Availability.UNAVAILABLE)));
    runJobs(instance);
    Instant newSlot = Instant.parse("2026-05-20T09:00:00Z");
    assertThatThrownBy(() -> complete(task(instance), Map.of("decision", "new-slots",
        "newSlot1", "2026-05-05T10:00+01:00", "newSlot2", "2026-05-05T12:00+01:00", "newSlot3", "2026-05-20T10:00+01:00")))
        .hasMessageContaining("New slots 1 and 2 must be Fri 8 May 2026, 08:00 UTC or later")
        .hasMessageNotContaining("newSlots").hasMessageNotContaining("ENGINE-");

    complete(task(instance), Map.of("decision", "new-slots", "newSlot1", "2026-05-19T10:00+01:00",
        "newSlot2", "2026-05-20T10:00+01:00", "newSlot3", "2026-05-21T10:00+01:00"));
    runJobs(instance);

    assertThat(inTransaction(council, CouncilSession::getProposedSlots)).extracting(TimeRange::start).contains(newSlot);
    mentors.forEach(m -> assertThat(mails(m, "availability-request#2")).singleElement()
        .satisfies(mail -> assertThat(mail.getTextBody()).doesNotContain("11 May")));
    mentors.forEach(m -> answer(council, m, Map.of(1, Availability.AVAILABLE)));
    runJobs(instance);

    assertThat(status(council)).isEqualTo(CouncilStatus.CONFIRMED);
    assertThat(confirmedStart(council)).isEqualTo(newSlot);
  }

  @Test
  void theCoordinatorCancelsAndEveryoneIsTold() {
    Person mentee = mentee();
    List<Person> mentors = mentors(3);
    CouncilSession council = request(mentee, mentors, 3);
    ProcessInstance instance = process(council);
    runJobs(instance);
    mentors.forEach(m -> answer(council, m, all(Availability.UNAVAILABLE)));
    runJobs(instance);

    complete(task(instance), Map.of("decision", "cancel", "coordinatorNote", "The mentee found help elsewhere"));
    runJobs(instance);

    assertThat(instance).isEnded();
    assertThat(status(council)).isEqualTo(CouncilStatus.CANCELLED);
    assertThat(mails(mentee, "cancelled")).singleElement()
        .satisfies(m -> assertThat(m.getTextBody()).contains("The mentee found help elsewhere"));
    mentors.forEach(m -> assertThat(mails(m, "cancelled")).hasSize(1));
    assertThat(inTransaction(council, CouncilSession::getCoordinatorNotes)).contains("The mentee found help elsewhere");
  }

  @Test
  void withTooFewMentorsToAskTheCouncilGoesStraightToTheCoordinators() {
    List<Person> mentors = mentors(3);
    CouncilSession council = councils.register(new CouncilRequest(mentee().getId(), "A rare topic", "", "",
        SLOTS.stream().map(s -> new TimeRange(s, s.plusSeconds(3600))).toList(), List.of(mentors.get(0).getId()),
        null, 3, 3), "test");
    new TransactionTemplate(transactionManager).executeWithoutResult(status ->
        councilRepository.findById(council.getId()).orElseThrow().needCoordinator(CoordinationReason.NOT_ENOUGH_MENTORS));

    ProcessInstance instance = runtime.createProcessInstanceByKey(CouncilVariables.PROCESS_KEY)
        .businessKey(council.getId().toString())
        .setVariable("councilId", council.getId().toString())
        .setVariable("enoughMentors", false)
        .startBeforeActivity("Gateway_EnoughMentors")
        .execute();
    runJobs(instance);

    assertThat(instance).isWaitingAt("UserTask_ResolveCoordination");
    assertThat(status(council)).isEqualTo(CouncilStatus.NEEDS_COORDINATOR);
    assertThat(tasks.getVariable(task(instance).getId(), "summary").toString())
        .contains("fewer mentors to ask than the council needs")
        .as("3 to 3 reads as 3").contains("on **A rare topic** with 3 mentors.");
  }

  private Task task(ProcessInstance instance) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("UserTask_ResolveCoordination")
        .initializeFormKeys().singleResult();
  }

  /**
   * Every variable forms/resolve-council.form reads is on the task, and the answers table is one short
   * row per mentor in a few columns.
   */
  private void assertTheFormFindsWhatItShows(Task task) throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode form = json.readTree(Files.readString(Path.of("forms/resolve-council.form")));
    assertThat(form.path("components").get(0).path("text").asText()).startsWith("**Press Claim (top right)");
    Map<String, Object> variables = tasks.getVariables(task.getId());
    for (JsonNode component : form.path("components")) {
      for (String property : List.of("text", "dataSource", "columnsExpression", "valuesKey")) {
        String reference = component.path(property).asText();
        String name = property.equals("valuesKey") ? reference : reference.matches("=\\w+") ? reference.substring(1) : "";
        if (!name.isEmpty()) {
          assertThat(variables).as(component.path("id").asText() + " reads " + name).containsKey(name);
        }
      }
    }
    JsonNode table = null;
    for (JsonNode component : form.path("components")) {
      table = component.path("id").asText().equals("Table_Answers") ? component : table;
    }
    assertThat(table.path("columns")).as("few columns: Tasklist gives each at least 120 px").hasSizeLessThanOrEqualTo(3);
    for (JsonNode row : json.readTree(variables.get("mentorAnswers").toString())) {
      List<String> keys = new java.util.ArrayList<>();
      row.fieldNames().forEachRemaining(keys::add);
      assertThat(keys).containsExactlyElementsOf(table.path("columns").findValuesAsText("key"));
      row.forEach(cell -> assertThat(cell.asText().length()).as("a short cell: " + cell).isLessThanOrEqualTo(40));
    }
  }

  /** As Tasklist submits the form: the checklist as a JSON variable. */
  private static Map<String, Object> confirm(Instant slot, List<Person> mentors) {
    String ids = mentors.stream().map(m -> "\"" + m.getId() + "\"").collect(java.util.stream.Collectors.joining(","));
    return Map.of("decision", "confirm", "chosenSlot", slot.toString(),
        "chosenMentorIds", SpinValues.jsonValue("[" + ids + "]").create());
  }

  private void complete(Task task, Map<String, Object> form) {
    tasks.complete(task.getId(), form);
  }

  private List<MentorAnswer.SlotAnswer> slotAnswers(CouncilSession council, Map<Integer, Availability> bySlot) {
    return bySlot.entrySet().stream()
        .map(e -> new MentorAnswer.SlotAnswer(SLOTS.get(e.getKey()), e.getValue())).toList();
  }
}
