package org.mentra.sessions.safety.demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.mentra.sessions.demo.DemoPart;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventService;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.safety.ReportCategory;
import org.mentra.sessions.safety.ReportFiled;
import org.mentra.sessions.safety.ReportRequest;
import org.mentra.sessions.safety.ReportService;
import org.mentra.sessions.safety.ReportVariables;
import org.mentra.sessions.safety.reports.ReportRepository;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo reports of a concern, so /coordination/safety and the Tasklist filter "Moderation" have something to show:
 * an urgent concern from Jordan about someone in the "Mindfulness circle" (untouched, it escalates to the
 * coordinators after mentra.safety.urgent-response), an ordinary report from Mary about Bob's messages, and
 * Inès's report about Marcus that moderator2 has decided (a warning) so its appeal window is open. Filed once,
 * each through the report-review process as a member's report would be.
 */
@Component
@Profile("demo")
@Order(40)
public class ModerationDemo implements DemoPart {

  static final String URGENT_TEXT = "In the circle someone wrote in the chat that they can't see the point of going "
      + "on, and then left. I'm worried about them.";
  static final String ORDINARY_TEXT = "After our group Bob keeps sending me links to a paid coaching site, even "
      + "after I said no.";
  static final String DECIDED_TEXT = "Marcus kept messaging me privately after our session, asking to meet in "
      + "person, although I said I was not comfortable with it.";
  static final String WARNING = "Asking to meet in person after someone has said no goes against our code of conduct. "
      + "Please keep contact to the sessions.";
  static final String CIRCLE = "Mindfulness circle";

  private final ReportService reports;
  private final ReportRepository reportRows;
  private final PersonRepository people;
  private final EventService events;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;

  ModerationDemo(ReportService reports, ReportRepository reportRows, PersonRepository people, EventService events,
      RuntimeService runtime, TaskService tasks, ManagementService management) {
    this.reports = reports;
    this.reportRows = reportRows;
    this.people = people;
    this.events = events;
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
  }

  @Override
  public String description() {
    return "the reports of a concern";
  }

  @Override
  @Transactional
  public void seed() {
    Optional<UUID> circle = events.list(null, null, true, PageRequest.of(0, 200)).stream()
        .filter(e -> CIRCLE.equals(e.getTitle())).map(Event::getId).findFirst();
    circle.ifPresent(event -> file("council@example.com", null, event, ReportCategory.SELF_HARM_RISK, URGENT_TEXT,
        true));
    file("mary.johnson@mentra.example", "bob.chen@mentra.example", null, ReportCategory.SPAM, ORDINARY_TEXT, false);
    file("ines.moreau@mentra.example", "marcus.hill@mentra.example", null, ReportCategory.HARASSMENT, DECIDED_TEXT,
        false).ifPresent(this::decideWithAWarning);
  }

  /** Files the report unless the demo holds it already (or its people are missing). */
  private Optional<UUID> file(String reporterEmail, String reportedEmail, UUID eventId, ReportCategory category,
      String text, boolean urgent) {
    Optional<Person> reporter = people.findByEmailIgnoreCase(reporterEmail);
    Optional<Person> reported = Optional.ofNullable(reportedEmail).flatMap(people::findByEmailIgnoreCase);
    if (reporter.isEmpty() || (reportedEmail != null && reported.isEmpty())
        || reportRows.existsByReporterIdAndText(reporter.get().getId(), text)) {
      return Optional.empty();
    }
    ReportFiled filed = reports.fileByLink(new ReportRequest(reporter.get().getId(),
        reported.map(Person::getId).orElse(null), eventId, null, category, text, urgent));
    return Optional.of(filed.id());
  }

  /**
   * Moderator2 takes the review and warns Marcus: the process runs to its appeal window in this transaction (its
   * jobs executed here, before the job executor could see them), so the decision's mails are in the outbox.
   */
  private void decideWithAWarning(UUID reportId) {
    String instance = runtime.createProcessInstanceQuery().processDefinitionKey(ReportVariables.PROCESS_KEY)
        .processInstanceBusinessKey(reportId.toString()).singleResult().getId();
    runJobs(instance);
    Task review = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    tasks.claim(review.getId(), DemoModerators.SECOND_MODERATOR);
    tasks.complete(review.getId(), Map.of("decision", "warn", "decisionReason", WARNING));
    runJobs(instance);
  }

  /** The process's due jobs, until it waits (for a person or for the appeal window's timer). */
  private void runJobs(String instance) {
    for (int round = 0; round < 20; round++) {
      List<Job> due = management.createJobQuery().processInstanceId(instance).executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }
}
