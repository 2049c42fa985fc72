package org.mentra.sessions.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.demo.DemoPart;
import org.mentra.sessions.mail.OutboundMessage;
import org.mentra.sessions.mail.OutboxRepository;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.safety.reports.Report;
import org.mentra.sessions.safety.reports.ReportRepository;
import org.mentra.sessions.support.DemoApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The demo's reports as `mvn spring-boot:run` seeds them (the same application context as DemoProfileIT): an
 * urgent and an ordinary one waiting in the Moderation filter, one decided with its appeal window open, shown on
 * /coordination/safety to the demo coordinator and moderators; seeding again adds nothing.
 */
@DemoApplicationTest
class ModerationDemoIT {

  @Autowired
  private ReportRepository reports;
  @Autowired
  private PersonRepository people;
  @Autowired
  private OutboxRepository outbox;
  @Autowired
  private RuntimeService runtime;
  @Autowired
  private ManagementService management;
  @Autowired
  private FilterService filters;
  @Autowired
  private TestRestTemplate http;
  @Autowired
  private List<DemoPart> parts;

  @Test
  void anUrgentAndAnOrdinaryReportWaitInTheModerationFilterUrgentFirst() {
    Report urgent = reportBy("council@example.com");
    Report ordinary = reportBy("mary.johnson@mentra.example");
    assertThat(urgent.isUrgent()).isTrue();
    assertThat(urgent.getCategory()).isEqualTo(ReportCategory.SELF_HARM_RISK);
    assertThat(urgent.getEventId()).as("about the Mindfulness circle").isPresent();
    assertThat(ordinary.isUrgent()).isFalse();
    assertThat(ordinary.getReportedPersonId()).contains(person("bob.chen@mentra.example").getId());
    runToTheReview(urgent.getId());
    runToTheReview(ordinary.getId());

    Filter moderation = filters.createFilterQuery().filterName(ModerationAccess.FILTER_NAME).singleResult();
    List<Task> listed = filters.list(moderation.getId());

    List<String> ours = listed.stream().map(Task::getProcessInstanceId)
        .filter(id -> id.equals(instanceOf(urgent.getId())) || id.equals(instanceOf(ordinary.getId()))).toList();
    assertThat(ours).containsExactly(instanceOf(urgent.getId()), instanceOf(ordinary.getId()));
  }

  @Test
  void oneReportIsDecidedWithItsAppealWindowOpenAndTheDecisionMailed() {
    Report decided = reportBy("ines.moreau@mentra.example");
    Person marcus = person("marcus.hill@mentra.example");

    assertThat(decided.getStatus()).isEqualTo(ReportStatus.DECIDED);
    assertThat(decided.getDecision()).contains(ModerationDecision.WARN);
    assertThat(decided.getDecidedBy()).contains("moderator2");
    assertThat(decided.getFirstActionAt()).isPresent();
    assertThat(decided.getAppealUntil()).isPresent();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(decided.getId().toString())
        .activityIdIn("Gateway_AppealOrWindow").count()).as("waiting for an appeal or the window's end").isEqualTo(1);
    List<OutboundMessage> toMarcus = outbox.findByRecipientPersonIdOrderByCreatedAt(marcus.getId());
    assertThat(toMarcus).extracting(OutboundMessage::getPurpose).contains("moderation-decision");
    assertThat(toMarcus).allSatisfy(m -> assertThat(m.getSubject() + m.getTextBody()).doesNotContain("Inès"));
  }

  @Test
  void theCoordinatorAndTheModeratorsSeeTheDemoReportsOnTheSafetyPage() {
    for (String login : List.of("coordinator", "moderator", "moderator2")) {
      ResponseEntity<String> page = http.withBasicAuth(login, login).getForEntity("/coordination/safety",
          String.class);
      assertThat(page.getStatusCode()).as(login).isEqualTo(HttpStatus.OK);
      assertThat(page.getBody()).as(login).contains("A risk of self-harm", "Spam", "Harassment",
          reportBy("council@example.com").getId().toString());
    }
  }

  @Test
  void seedingAgainAddsNothing() {
    long before = reports.count();

    parts.stream().filter(p -> p.getClass().getSimpleName().startsWith("ModerationDemo")).findFirst().orElseThrow()
        .seed();

    assertThat(reports.count()).isEqualTo(before);
  }

  private Report reportBy(String email) {
    UUID reporter = person(email).getId();
    return reports.findAll().stream().filter(r -> r.getReporterId().equals(reporter)).findFirst().orElseThrow();
  }

  private Person person(String email) {
    return people.findByEmailIgnoreCase(email).orElseThrow();
  }

  private String instanceOf(UUID reportId) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(reportId.toString()).singleResult().getId();
  }

  /** The job executor may be at it too: whoever runs a job first, the other finds it gone. */
  private void runToTheReview(UUID reportId) {
    String instance = instanceOf(reportId);
    for (int round = 0; round < 50; round++) {
      List<Job> due = management.createJobQuery().processInstanceId(instance).executable().list();
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        try {
          management.executeJob(job.getId());
        } catch (OptimisticLockingException | org.camunda.bpm.engine.exception.NullValueException taken) {
          // the job executor ran it
        }
      }
    }
  }
}
