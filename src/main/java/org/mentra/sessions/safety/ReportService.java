package org.mentra.sessions.safety;

import org.mentra.sessions.people.CrisisResources;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.mentra.sessions.attendance.CheckIns;
import org.mentra.sessions.attendance.SessionKind;
import org.mentra.sessions.events.EventService;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.retry.RetryOnConflict;
import org.mentra.sessions.safety.reports.ModerationRecord;
import org.mentra.sessions.safety.reports.ModerationRecordRepository;
import org.mentra.sessions.safety.reports.Report;
import org.mentra.sessions.safety.reports.ReportRepository;
import org.mentra.sessions.security.Caller;
import org.mentra.sessions.shared.FieldProblem;
import org.mentra.sessions.shared.InvalidInput;
import org.mentra.sessions.shared.NotFound;
import org.mentra.sessions.shared.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filing a report of a concern: checked, kept, and its report-review started in the same transaction. An
 * urgent concern (ticked urgent, or a risk: self-harm, a threat) answers with crisis resources at once.
 */
@Service
@RetryOnConflict
public class ReportService {

  public static final int MAX_TEXT_LENGTH = 4000;

  private final ReportRepository reports;
  private final ModerationRecordRepository records;
  private final PersonRepository people;
  private final EventService events;
  private final CheckIns checkIns;
  private final CrisisResources crisis;
  private final RuntimeService runtime;
  private final Caller caller;
  private final SafetyProperties properties;
  private final Clock clock;

  ReportService(ReportRepository reports, ModerationRecordRepository records, PersonRepository people,
      EventService events, CheckIns checkIns, CrisisResources crisis, RuntimeService runtime, Caller caller,
      SafetyProperties properties, Clock clock) {
    this.properties = properties;
    this.reports = reports;
    this.records = records;
    this.people = people;
    this.events = events;
    this.checkIns = checkIns;
    this.crisis = crisis;
    this.runtime = runtime;
    this.caller = caller;
    this.clock = clock;
  }

  /** The API: the reporter themselves, or staff on their behalf (403 otherwise). 400 naming each bad field. */
  @Transactional
  public ReportFiled file(ReportRequest request) {
    List<FieldProblem> problems = problems(request);
    if (!problems.isEmpty()) {
      throw new InvalidInput("The report cannot be filed as it is.", problems);
    }
    boolean self = caller.userId().flatMap(people::findByUserId).map(Person::getId)
        .filter(request.reporterId()::equals).isPresent();
    if (!self && !caller.isStaff()) {
      throw Refused.forbidden("A report is filed by the reporter themselves (or by a coordinator for them).");
    }
    return keep(request);
  }

  /** The "report a concern" page: the reporter is the person the signed link belongs to. */
  @Transactional
  public ReportFiled fileByLink(ReportRequest request) {
    List<FieldProblem> problems = problems(request);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems.get(0).message(), problems);
    }
    return keep(request);
  }

  private ReportFiled keep(ReportRequest request) {
    SessionKind kind = request.sessionId() == null ? null : sessionKind(request.sessionId()).orElseThrow();
    boolean urgent = request.urgent() || request.category().isRisk();
    Report report = reports.save(new Report(request.reporterId(), request.reportedPersonId(), request.eventId(), kind,
        request.sessionId(), request.category(), request.text().strip(), urgent, clock.instant()));
    records.save(new ModerationRecord(report.getId(), 0, ModerationAction.REPORTED, caller.userId().orElse("reporter"),
        report.getReportedAt(), report.getCategory().words() + (urgent ? ", urgent" : ""), null));
    Map<String, Object> variables = new HashMap<>();
    ReportVariables.REPORT_ID.putInto(variables, report.getId());
    ReportVariables.URGENT.putInto(variables, urgent);
    ReportVariables.REVIEW_DUE.putInto(variables, report.getReportedAt()
        .plus(urgent ? properties.urgentResponse() : properties.reviewTarget()).toString());
    runtime.startProcessInstanceByKey(ReportVariables.PROCESS_KEY, report.getId().toString(), variables);
    return new ReportFiled(report.getId(), report.getStatus(), urgent,
        urgent ? crisis.forPerson(people.getOrFail(request.reporterId())) : List.of());
  }

  /** The report as its reporter (or staff) sees it; 404 for anyone else, the reported person included. */
  @Transactional(readOnly = true)
  public ReportView view(UUID reportId) {
    Report report = reports.findById(reportId).orElseThrow(() -> new NotFound("Report", reportId));
    boolean reporter = caller.userId().flatMap(people::findByUserId).map(Person::getId)
        .filter(report.getReporterId()::equals).isPresent();
    if (!reporter && !caller.isStaff()) {
      throw new NotFound("Report", reportId);
    }
    return new ReportView(report.getId(), report.getStatus(), report.getCategory(), report.isUrgent(),
        report.getReportedAt(), report.getDecision().map(ModerationDecision::affectsReportedPerson).orElse(null));
  }

  /** A report as its reporter sees it: whether action was taken, never what (null while open). */
  public record ReportView(UUID id, ReportStatus status, ReportCategory category, boolean urgent,
      java.time.Instant reportedAt, Boolean actionTaken) {}

  private List<FieldProblem> problems(ReportRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    if (request.reporterId() == null || !people.existsById(request.reporterId())) {
      problems.add(new FieldProblem("reporterId", "no person with the id " + request.reporterId()));
    }
    if (request.reportedPersonId() != null) {
      if (!people.existsById(request.reportedPersonId())) {
        problems.add(new FieldProblem("reportedPersonId", "no person with the id " + request.reportedPersonId()));
      } else if (request.reportedPersonId().equals(request.reporterId())) {
        problems.add(new FieldProblem("reportedPersonId", "is the reporter: a report is about someone else"));
      }
    }
    if (request.eventId() != null && !eventExists(request.eventId())) {
      problems.add(new FieldProblem("eventId", "no event with the id " + request.eventId()));
    }
    if (request.sessionId() != null && sessionKind(request.sessionId()).isEmpty()) {
      problems.add(new FieldProblem("sessionId", "no council session, support chat or event with the id "
          + request.sessionId()));
    }
    if (request.reportedPersonId() == null && request.eventId() == null && request.sessionId() == null) {
      problems.add(new FieldProblem("reportedPersonId", "name the person, the event or the session the report is "
          + "about (at least one)"));
    }
    if (request.category() == null) {
      problems.add(new FieldProblem("category", "is required: one of HARASSMENT, SELF_HARM_RISK, THREAT, SPAM, "
          + "INAPPROPRIATE, OTHER"));
    }
    if (request.text() == null || request.text().isBlank()) {
      problems.add(new FieldProblem("text", "is required: say what happened, in your own words"));
    } else if (request.text().strip().length() > MAX_TEXT_LENGTH) {
      problems.add(new FieldProblem("text", "must be at most " + MAX_TEXT_LENGTH + " characters"));
    }
    return problems;
  }

  private boolean eventExists(UUID eventId) {
    try {
      events.get(eventId);
      return true;
    } catch (NotFound missing) {
      return false;
    }
  }

  /** Which kind of session the id names, as the features that keep sessions tell it. */
  Optional<SessionKind> sessionKind(UUID sessionId) {
    for (SessionKind kind : SessionKind.values()) {
      if (checkIns.title(kind, sessionId).isPresent()) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
