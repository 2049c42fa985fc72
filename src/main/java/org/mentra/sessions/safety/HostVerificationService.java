package org.mentra.sessions.safety;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.mentra.sessions.accountability.ReliabilityService;
import org.mentra.sessions.attendance.AttendanceService;
import org.mentra.sessions.attendance.AttendanceTally;
import org.mentra.sessions.engine.Correlation;
import org.mentra.sessions.engine.MessageCorrelator;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventType;
import org.mentra.sessions.events.HostedEvents;
import org.mentra.sessions.mail.DurationWords;
import org.mentra.sessions.mail.LocalTimes;
import org.mentra.sessions.mail.MailStep;
import org.mentra.sessions.mail.Recipient;
import org.mentra.sessions.people.Coordinators;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonLocks;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.retry.RetryOnConflict;
import org.mentra.sessions.safety.hosts.HostApplication;
import org.mentra.sessions.safety.hosts.HostApplicationRepository;
import org.mentra.sessions.safety.hosts.mail.HostLetters;
import org.mentra.sessions.safety.reports.Report;
import org.mentra.sessions.safety.reports.ReportRepository;
import org.mentra.sessions.security.Caller;
import org.mentra.sessions.shared.Conflict;
import org.mentra.sessions.shared.FieldProblem;
import org.mentra.sessions.shared.InvalidInput;
import org.mentra.sessions.shared.NotFound;
import org.mentra.sessions.shared.Refused;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Host verification (host-verification): a person applies to host professional events, the coordinators
 * check them step by step in Tasklist, and a verification holds for {@code mentra.safety.hosts.valid-for},
 * renewed by applying again. Only a verified host creates professional events of their own (the events'
 * {@code HostEligibility}); a moderator's "remove as host" ({@link HostRemoved}) revokes it at once.
 */
@Service
@RetryOnConflict
public class HostVerificationService {

  public static final int MAX_CREDENTIALS_LENGTH = 4000;
  public static final int MAX_ENTRIES = 20;
  public static final int MAX_ENTRY_LENGTH = 300;
  public static final int MAX_REASON_LENGTH = 2000;
  /** Where the diagram starts a verification recorded without a review (the demo's host, tests). */
  static final String VERIFIED_WAIT = "Timer_RenewalNotice";

  private final HostApplicationRepository applications;
  private final PersonRepository people;
  private final PersonLocks locks;
  private final ReportRepository reports;
  private final AttendanceService attendance;
  private final ReliabilityService reliability;
  private final HostedEvents hosted;
  private final HostLetters letters;
  private final Coordinators coordinators;
  private final RuntimeService runtime;
  private final MessageCorrelator correlator;
  private final Caller caller;
  private final HostVerificationProperties properties;
  private final Clock clock;
  private final String baseUrl;

  HostVerificationService(HostApplicationRepository applications, PersonRepository people, PersonLocks locks,
      ReportRepository reports, AttendanceService attendance, ReliabilityService reliability, HostedEvents hosted,
      HostLetters letters, Coordinators coordinators, RuntimeService runtime, MessageCorrelator correlator,
      Caller caller, HostVerificationProperties properties, Clock clock,
      @Value("${mentra.public-base-url}") String baseUrl) {
    this.applications = applications;
    this.people = people;
    this.locks = locks;
    this.reports = reports;
    this.attendance = attendance;
    this.reliability = reliability;
    this.hosted = hosted;
    this.letters = letters;
    this.coordinators = coordinators;
    this.runtime = runtime;
    this.correlator = correlator;
    this.caller = caller;
    this.properties = properties;
    this.clock = clock;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  // ---- applying and the status ------------------------------------------------------------------

  /**
   * The API: the person themselves, or staff for them. 400 naming each bad field; 409 while an application is
   * in review, before the reapply date after a rejection or removal, or while verified and not yet renewable.
   * Kept and its host-verification started in one transaction.
   */
  @Transactional
  public HostApplicationFiled apply(HostApplicationRequest request) {
    List<FieldProblem> problems = problems(request);
    if (!problems.isEmpty()) {
      throw new InvalidInput("The application cannot be filed as it is.", problems);
    }
    Person person = people.getOrFail(request.personId());
    ensureSelfOrStaff(person, "An application to host is made by the person themselves (or a coordinator for them).");
    locks.lock(person.getId());
    Instant now = clock.instant();
    ensureMayApply(applications.findByPersonIdOrderByAppliedAtDesc(person.getId()), now);
    HostApplication application = applications.save(new HostApplication(person.getId(),
        request.credentials().strip(), entries(request.expertise()), entries(request.references()), now));
    runtime.startProcessInstanceByKey(HostVerificationVariables.PROCESS_KEY, application.getId().toString(),
        variables(application, person));
    return new HostApplicationFiled(application.getId(), application.getStatus());
  }

  /** The person's verification (the person or staff); 404 for an unknown person. */
  @Transactional(readOnly = true)
  public HostVerification verification(UUID personId) {
    Person person = people.findById(personId).orElseThrow(() -> new NotFound("Person", personId));
    ensureSelfOrStaff(person, "A host verification is shown to the person themselves and to coordinators.");
    return current(personId);
  }

  /** Whether the person is a verified host now (the gate of professional events). */
  @Transactional(readOnly = true)
  public boolean isVerified(UUID personId) {
    Instant now = clock.instant();
    return applications.findByPersonIdOrderByAppliedAtDesc(personId).stream().anyMatch(a -> a.isVerifiedAt(now));
  }

  /**
   * A verification recorded without a review (the demo's host; tests that need a verified host): verified
   * from now for {@code valid-for}, its host-verification waiting for the renewal notice and the expiry.
   */
  @Transactional
  public UUID recordVerified(UUID personId, String credentials, List<String> expertise, String recordedBy) {
    Person person = people.getOrFail(personId);
    locks.lock(personId);
    Instant now = clock.instant();
    Optional<HostApplication> verified = applications.findByPersonIdOrderByAppliedAtDesc(personId).stream()
        .filter(a -> a.isVerifiedAt(now)).findFirst();
    if (verified.isPresent()) {
      return verified.get().getId();
    }
    HostApplication application = new HostApplication(personId, credentials, expertise,
        List.of("Recorded by " + recordedBy), now);
    application.verify(recordedBy, now, now.plus(properties.validFor()));
    applications.save(application);
    runtime.createProcessInstanceByKey(HostVerificationVariables.PROCESS_KEY)
        .businessKey(application.getId().toString()).setVariables(variables(application, person))
        .startBeforeActivity(VERIFIED_WAIT).execute();
    return application.getId();
  }

  private HostVerification current(UUID personId) {
    Instant now = clock.instant();
    List<HostApplication> history = applications.findByPersonIdOrderByAppliedAtDesc(personId);
    Optional<HostApplication> verified = history.stream().filter(a -> a.isVerifiedAt(now)).findFirst();
    if (verified.isPresent()) {
      return new HostVerification(HostVerificationStatus.VERIFIED, verified.get().getExpiresAt().orElseThrow(), null,
          verified.get().getId(), null);
    }
    return history.stream().filter(a -> a.getStatus() != HostVerificationStatus.RENEWED).findFirst()
        .map(a -> {
          HostVerificationStatus status = a.getStatus() == HostVerificationStatus.VERIFIED
              ? HostVerificationStatus.EXPIRED : a.getStatus();
          boolean turnedDown = status == HostVerificationStatus.REJECTED || status == HostVerificationStatus.REVOKED;
          return new HostVerification(status, null, turnedDown ? a.getReapplyAfter().orElse(null) : null, a.getId(),
              turnedDown ? a.getDecisionReason().orElse(null) : null);
        })
        .orElse(new HostVerification(HostVerificationStatus.NONE, null, null, null, null));
  }

  private void ensureMayApply(List<HostApplication> history, Instant now) {
    Optional<HostApplication> open = history.stream()
        .filter(a -> a.getStatus() == HostVerificationStatus.IN_REVIEW).findFirst();
    if (open.isPresent()) {
      throw new Conflict("An application to host is already in review (since " + open.get().getAppliedAt()
          + "); the coordinators will write when it is decided.", Map.of("applicationId", open.get().getId()));
    }
    Optional<HostApplication> verified = history.stream().filter(a -> a.isVerifiedAt(now)).findFirst();
    if (verified.isPresent()) {
      Instant expiresAt = verified.get().getExpiresAt().orElseThrow();
      Instant renewFrom = expiresAt.minus(properties.renewalNotice());
      if (now.isBefore(renewFrom)) {
        throw new Conflict("You are a verified host until " + expiresAt + "; you can renew from " + renewFrom + ".",
            Map.of("expiresAt", expiresAt.toString(), "renewableFrom", renewFrom.toString()));
      }
      return;
    }
    history.stream().filter(a -> a.getStatus() != HostVerificationStatus.RENEWED).findFirst()
        .flatMap(HostApplication::getReapplyAfter).filter(now::isBefore).ifPresent(reapplyAfter -> {
          throw new Conflict("You may apply to host again from " + reapplyAfter + ".",
              Map.of("reapplyAfter", reapplyAfter.toString()));
        });
  }

  private List<FieldProblem> problems(HostApplicationRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    if (request.personId() == null) {
      problems.add(new FieldProblem("personId", "is required: the person who applies"));
    } else if (!people.existsById(request.personId())) {
      problems.add(new FieldProblem("personId", "no person with the id " + request.personId()));
    }
    if (request.credentials() == null || request.credentials().isBlank()) {
      problems.add(new FieldProblem("credentials", "is required: your qualifications, licences and where you "
          + "trained"));
    } else if (request.credentials().strip().length() > MAX_CREDENTIALS_LENGTH) {
      problems.add(new FieldProblem("credentials", "must be at most " + MAX_CREDENTIALS_LENGTH + " characters"));
    }
    entryProblems("expertise", request.expertise(), "name at least one field you would host in", problems);
    entryProblems("references", request.references(), "name at least one person who can vouch for your work "
        + "(name and how to reach them)", problems);
    return problems;
  }

  private static void entryProblems(String field, List<String> values, String missing, List<FieldProblem> problems) {
    if (values == null || values.stream().allMatch(v -> v == null || v.isBlank())) {
      problems.add(new FieldProblem(field, "is required: " + missing));
      return;
    }
    if (values.size() > MAX_ENTRIES) {
      problems.add(new FieldProblem(field, "at most " + MAX_ENTRIES + " entries"));
    }
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      if (value == null || value.isBlank()) {
        problems.add(new FieldProblem(field + "[" + i + "]", "is empty"));
      } else if (value.strip().length() > MAX_ENTRY_LENGTH) {
        problems.add(new FieldProblem(field + "[" + i + "]", "must be at most " + MAX_ENTRY_LENGTH + " characters"));
      }
    }
  }

  private static List<String> entries(List<String> values) {
    return values.stream().map(String::strip).distinct().toList();
  }

  private void ensureSelfOrStaff(Person person, String refusal) {
    if (!caller.isStaff() && !caller.isUser(person.getUserId())) {
      throw Refused.forbidden(refusal);
    }
  }

  private static Map<String, Object> variables(HostApplication application, Person person) {
    Map<String, Object> variables = new HashMap<>();
    HostVerificationVariables.APPLICATION_ID.putInto(variables, application.getId());
    HostVerificationVariables.APPLICANT.putInto(variables, person.getDisplayName() + " <" + person.getEmail() + ">");
    HostVerificationVariables.CREDENTIALS.putInto(variables, application.getCredentials());
    HostVerificationVariables.EXPERTISE.putInto(variables, String.join("\n", application.getExpertise()));
    HostVerificationVariables.REFERENCES.putInto(variables, String.join("\n", application.getReferences()));
    application.getExpiresAt().ifPresent(at -> HostVerificationVariables.EXPIRES_AT.putInto(variables, at.toString()));
    return variables;
  }

  // ---- the coordinators' steps ------------------------------------------------------------------

  /** Refuses a step's answer that cannot be carried out (Tasklist keeps the form open and says why). */
  public void checkStep(HostVerificationStep step, String decision, String reason) {
    if (!HostVerificationStep.APPROVE.equals(decision) && !HostVerificationStep.REJECT.equals(decision)) {
      throw InvalidInput.of(step.decisionVariable(), "Please choose: approve this step or reject the application.");
    }
    if (HostVerificationStep.REJECT.equals(decision) && (reason == null || reason.isBlank())) {
      throw InvalidInput.of(step.reasonVariable(), "Please give the reason: the applicant reads it, with the date "
          + "they may apply again.");
    }
    if (reason != null && reason.strip().length() > MAX_REASON_LENGTH) {
      throw InvalidInput.of(step.reasonVariable(), "Please keep the reason under " + MAX_REASON_LENGTH
          + " characters.");
    }
  }

  /** The hand-over of a host's events needs a note of what the coordinators did with them. */
  public void checkHandOver(String note) {
    if (note == null || note.isBlank()) {
      throw InvalidInput.of(HostVerificationVariables.HANDOVER_NOTE.name(), "Please note what happens to the "
          + "events (a new host, cancelled, or kept with the host's agreement).");
    }
  }

  /** What a step's form shows besides the application (task-local variables, fresh when the task opens). */
  @Transactional(readOnly = true)
  public Map<String, Object> stepBrief(UUID applicationId, String taskDefinitionKey) {
    HostApplication application = applications.getOrFail(applicationId);
    if (HostVerificationStep.HISTORY.taskId().equals(taskDefinitionKey)) {
      return Map.of("activityHistory", activityHistory(people.getOrFail(application.getPersonId())));
    }
    if (taskDefinitionKey.startsWith("Task_HandOverEvents")) {
      return Map.of("futureEvents", futureEvents(application.getPersonId()));
    }
    return Map.of();
  }

  /** A step turned the application down: kept with the step, the reason and the reapply date. */
  @Transactional
  public void reject(UUID applicationId, String stepKey, String reason, String coordinator) {
    HostApplication application = applications.getOrFail(applicationId);
    Instant now = clock.instant();
    application.reject(HostVerificationStep.ofKey(stepKey).key(), reason.strip(), coordinator, now,
        now.plus(properties.reapplyAfter()));
  }

  /** The kind letter: which step, the coordinator's reason and when they may apply again. */
  @Transactional
  public void tellRejected(MailStep step, UUID applicationId) {
    HostApplication application = applications.getOrFail(applicationId);
    letters.rejected(step, Recipient.of(people.getOrFail(application.getPersonId())),
        HostVerificationStep.ofKey(application.getRejectedStep().orElseThrow()).words(),
        application.getDecisionReason().orElseThrow(), application.getReapplyAfter().orElseThrow(),
        properties.applyUrl());
  }

  /**
   * Every step approved: verified from now for {@code valid-for}. A verification it renews is superseded and
   * its process ends (so its expiry never hands the host's events over). Returns when it runs out.
   */
  @Transactional
  public Instant approve(UUID applicationId, String coordinator) {
    HostApplication application = applications.getOrFail(applicationId);
    locks.lock(application.getPersonId());
    Instant now = clock.instant();
    for (HostApplication earlier : applications.findByPersonIdOrderByAppliedAtDesc(application.getPersonId())) {
      if (!earlier.getId().equals(applicationId) && earlier.getStatus() == HostVerificationStatus.VERIFIED) {
        earlier.renewed();
        correlator.correlateAfterCommit(Correlation.of(HostVerificationMessage.RENEWED, earlier.getId().toString()));
      }
    }
    application.verify(coordinator, now, now.plus(properties.validFor()));
    return application.getExpiresAt().orElseThrow();
  }

  @Transactional
  public void tellVerified(MailStep step, UUID applicationId) {
    HostApplication application = applications.getOrFail(applicationId);
    Instant expiresAt = application.getExpiresAt().orElseThrow();
    letters.verified(step, Recipient.of(people.getOrFail(application.getPersonId())), expiresAt,
        expiresAt.minus(properties.renewalNotice()));
  }

  /** {@code renewal-notice} before the expiry: how to renew (nothing when no longer verified). */
  @Transactional
  public void sendRenewalNotice(MailStep step, UUID applicationId) {
    HostApplication application = applications.getOrFail(applicationId);
    if (application.getStatus() == HostVerificationStatus.VERIFIED) {
      letters.renewal(step, Recipient.of(people.getOrFail(application.getPersonId())),
          application.getExpiresAt().orElseThrow(), properties.applyUrl());
    }
  }

  /** The background check's result is late: every coordinator is reminded (one mail each per round). */
  @Transactional
  public void remindBackgroundCheck(MailStep step, UUID applicationId, int round) {
    HostApplication application = applications.getOrFail(applicationId);
    if (application.getStatus() != HostVerificationStatus.IN_REVIEW) {
      return;
    }
    Person applicant = people.getOrFail(application.getPersonId());
    String waited = DurationWords.about(Duration.between(application.getAppliedAt(), clock.instant()));
    for (Coordinators.Contact coordinator : coordinators.contacts()) {
      letters.backgroundCheckLate(step, Recipient.mailbox(coordinator.name(), coordinator.email(), coordinator.zone()),
          round, applicant.getDisplayName(), application.getAppliedAt(), waited, baseUrl + "/camunda/app/tasklist/");
    }
  }

  /**
   * The verification ran out: EXPIRED. Returns whether the host has professional events to come that the
   * coordinators take over (none when another verification of theirs still holds).
   */
  @Transactional
  public boolean expire(UUID applicationId) {
    HostApplication application = applications.getOrFail(applicationId);
    if (application.getStatus() == HostVerificationStatus.VERIFIED) {
      application.expire();
    }
    return !isVerified(application.getPersonId()) && !hosted.upcomingProfessional(application.getPersonId()).isEmpty();
  }

  /** After a removal as host: whether the coordinators take over professional events to come. */
  @Transactional(readOnly = true)
  public boolean hasEventsToHandOver(UUID applicationId) {
    HostApplication application = applications.getOrFail(applicationId);
    return !isVerified(application.getPersonId()) && !hosted.upcomingProfessional(application.getPersonId()).isEmpty();
  }

  /**
   * A moderator removed the person as host: their running application or verification is revoked at once, in
   * the moderation's transaction (the gate refuses from then on), and its process is told to end.
   */
  @EventListener
  @Transactional
  public void hostRemoved(HostRemoved removed) {
    List<HostApplication> history = applications.findByPersonIdOrderByAppliedAtDesc(removed.personId());
    Instant reapplyAfter = removed.at().plus(properties.reapplyAfter());
    List<HostApplication> running = history.stream().filter(HostApplication::isRunning).toList();
    for (HostApplication application : running) {
      application.revoke(removed.reason(), removed.at(), reapplyAfter);
      correlator.correlateAfterCommit(Correlation.of(HostVerificationMessage.HOST_REMOVED,
          application.getId().toString()));
    }
    if (running.isEmpty()) {
      history.stream().filter(a -> a.getStatus() != HostVerificationStatus.RENEWED).findFirst()
          .filter(a -> a.getStatus() != HostVerificationStatus.REVOKED)
          .ifPresent(latest -> latest.revoke(removed.reason(), removed.at(), reapplyAfter));
    }
  }

  // ---- what the forms show ----------------------------------------------------------------------

  /** The activity history review: attendance, reliability, hosting and its feedback, and reports about them. */
  String activityHistory(Person person) {
    LocalTimes times = new LocalTimes(coordinators.zone(), Locale.ENGLISH);
    AttendanceTally tally = attendance.tally(person.getId());
    HostedEvents.HostingRecord hosting = hosted.record(person.getId());
    StringBuilder history = new StringBuilder();
    history.append("Attendance: ").append(tally.kept()).append(" kept (").append(tally.late()).append(" late), ")
        .append(tally.noShows()).append(" missed, ").append(tally.excused()).append(" excused.\nReliability: ")
        .append(Math.round(person.getReliability() * 100)).append(" %, ")
        .append(counted(reliability.activeStrikes(person.getId()), "active strike")).append(". ")
        .append(person.getPausedUntil().filter(u -> u.isAfter(clock.instant()))
            .map(u -> "Paused until " + times.dateTime(u) + ".").orElse("Not paused."))
        .append("\nHosted: ").append(counted(hosting.eventsHeld(), "event")).append(" held; feedback: ")
        .append(hosting.ratings() == 0 ? "no ratings yet."
            : counted(hosting.ratings(), "rating") + ", average " + hosting.averageRating() + " of 5.");
    List<Report> about = reports.findByReportedPersonIdOrderByReportedAtDesc(person.getId());
    history.append("\nReports about them: ").append(about.isEmpty() ? "none" : about.size());
    for (Report report : about) {
      history.append("\n- ").append(times.dateTime(report.getReportedAt())).append(": ")
          .append(report.getCategory().words()).append(", decided: ")
          .append(report.getDecision().map(ModerationDecision::label).orElse("not decided yet"));
    }
    return history.toString();
  }

  private static String counted(long n, String thing) {
    return n + " " + thing + (n == 1 ? "" : "s");
  }

  /** The host's professional events to come, one a line, for the hand-over form. */
  String futureEvents(UUID hostId) {
    LocalTimes times = new LocalTimes(coordinators.zone(), Locale.ENGLISH);
    List<Event> upcoming = hosted.upcomingProfessional(hostId);
    if (upcoming.isEmpty()) {
      return "(No professional events to come.)";
    }
    StringBuilder lines = new StringBuilder();
    for (Event event : upcoming) {
      lines.append(lines.isEmpty() ? "" : "\n").append("- ").append(event.getTitle()).append(" (")
          .append(event.getEventType().map(EventType::words).orElse("event")).append("), ")
          .append(times.dateTime(event.getStartsAt())).append(", id ").append(event.getId());
    }
    return lines.toString();
  }
}
