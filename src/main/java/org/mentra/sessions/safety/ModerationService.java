package org.mentra.sessions.safety;

import org.mentra.sessions.people.CrisisResources;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.mentra.sessions.attendance.AttendanceService;
import org.mentra.sessions.attendance.AttendanceTally;
import org.mentra.sessions.attendance.CheckIns;
import org.mentra.sessions.engine.Correlation;
import org.mentra.sessions.engine.MessageCorrelator;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventService;
import org.mentra.sessions.links.OneClickLinks;
import org.mentra.sessions.mail.DurationWords;
import org.mentra.sessions.mail.LocalTimes;
import org.mentra.sessions.mail.MailStep;
import org.mentra.sessions.mail.Recipient;
import org.mentra.sessions.people.Coordinators;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonLocks;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.retry.RetryOnConflict;
import org.mentra.sessions.safety.reports.ModerationRecord;
import org.mentra.sessions.safety.reports.ModerationRecordRepository;
import org.mentra.sessions.safety.reports.Report;
import org.mentra.sessions.safety.reports.ReportRepository;
import org.mentra.sessions.safety.reports.mail.ReportLetters;
import org.mentra.sessions.shared.Conflict;
import org.mentra.sessions.shared.InvalidInput;
import org.mentra.sessions.shared.NotFound;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What moderators do with a report (report-review): the brief their form shows, their decision and its
 * effects, the one appeal a second moderator decides, the urgent escalation, and the audit trail of it all.
 * The reporter is shown to moderators and coordinators only: whatever reaches the reported person (their
 * mails, their appeal page) is built here from the decision, the session and the moderator's reason with
 * the reporter's name, address and id taken out.
 */
@Service
@RetryOnConflict
public class ModerationService {

  public static final String APPEAL_LINK = "safety.appeal";
  public static final int MAX_REASON_LENGTH = 2000;
  /** Marks a pause this service set, so an overturned appeal lifts only its own pause. */
  static final String PAUSE_REASON = "A moderator paused new sign-ups after a report.";
  static final String REDACTED = "[the person who reported]";

  private final ReportRepository reports;
  private final ModerationRecordRepository records;
  private final PersonRepository people;
  private final PersonLocks locks;
  private final EventService events;
  private final CheckIns checkIns;
  private final AttendanceService attendance;
  private final BlockService blocks;
  private final CrisisResources crisis;
  private final ReportLetters letters;
  private final OneClickLinks links;
  private final MessageCorrelator correlator;
  private final Coordinators coordinators;
  private final ApplicationEventPublisher publisher;
  private final SafetyProperties properties;
  private final Clock clock;
  private final String baseUrl;

  ModerationService(ReportRepository reports, ModerationRecordRepository records, PersonRepository people,
      PersonLocks locks, EventService events, CheckIns checkIns, AttendanceService attendance, BlockService blocks,
      CrisisResources crisis, ReportLetters letters, OneClickLinks links, MessageCorrelator correlator,
      Coordinators coordinators, ApplicationEventPublisher publisher, SafetyProperties properties, Clock clock,
      @Value("${mentra.public-base-url}") String baseUrl) {
    this.reports = reports;
    this.records = records;
    this.people = people;
    this.locks = locks;
    this.events = events;
    this.checkIns = checkIns;
    this.attendance = attendance;
    this.blocks = blocks;
    this.crisis = crisis;
    this.letters = letters;
    this.links = links;
    this.correlator = correlator;
    this.coordinators = coordinators;
    this.publisher = publisher;
    this.properties = properties;
    this.clock = clock;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  // ---- the reporter ------------------------------------------------------------------------------

  /** The acknowledgement, at once; with crisis resources for an urgent concern. */
  @Transactional
  public void acknowledge(MailStep step, UUID reportId) {
    Report report = reports.getOrFail(reportId);
    Duration target = report.isUrgent() ? properties.urgentResponse() : properties.reviewTarget();
    Person reporter = people.getOrFail(report.getReporterId());
    letters.received(step, Recipient.of(reporter), report.getCategory().words(),
        about(report).orElse(null), report.isUrgent(), DurationWords.exactly(target),
        report.isUrgent() ? crisis.forPerson(reporter) : List.of());
  }

  /** The outcome for the reporter: whether action was taken, never which. */
  @Transactional
  public void tellReporter(MailStep step, UUID reportId) {
    Report report = reports.getOrFail(reportId);
    letters.outcome(step, Recipient.of(people.getOrFail(report.getReporterId())), report.getCategory().words(),
        report.getDecision().map(ModerationDecision::affectsReportedPerson).orElse(false));
  }

  // ---- the moderator's review --------------------------------------------------------------------

  /** The first human action on a report (a claim or a decision): kept once, with who; measured on /coordination/safety. */
  @Transactional
  public void touch(UUID reportId, String moderator) {
    Report report = reports.getOrFail(reportId);
    if (report.touch(moderator, clock.instant())) {
      record(report, ModerationAction.CLAIMED, moderator, "took the report", null);
    }
  }

  /** What the review form shows, as task variables: the report, the reporter, the reported person's history, the session. */
  @Transactional(readOnly = true)
  public Map<String, Object> reviewBrief(UUID reportId) {
    Report report = reports.getOrFail(reportId);
    LocalTimes times = new LocalTimes(coordinators.zone(), Locale.ENGLISH);
    Person reporter = people.getOrFail(report.getReporterId());
    Optional<Person> subject = subject(report);
    Map<String, Object> brief = new LinkedHashMap<>();
    brief.put("reportSummary", (report.isUrgent() ? "URGENT: " : "") + capitalised(report.getCategory().words())
        + ", reported " + times.dateTime(report.getReportedAt()));
    brief.put("reporterName", reporter.getDisplayName() + " <" + reporter.getEmail() + ">");
    brief.put("reportText", report.getText());
    brief.put("reportedPersonName", subject.map(p -> p.getDisplayName() + " <" + p.getEmail() + ">"
        + (report.getReportedPersonId().isEmpty() ? " (the event's host)" : "")).orElse("Nobody named"));
    brief.put("history", subject.map(p -> history(p, report, times)).orElse("(No person to look up.)"));
    brief.put("sessionContext", context(report, times));
    brief.put("blockInfo", subject.flatMap(p -> blockHost(report, p).map(host -> "\"Block\" keeps "
        + p.getDisplayName() + " away from " + people.getOrFail(host).getDisplayName() + "'s events, and the two are "
        + "never paired or in one council.")).orElse("\"Block\" needs a person to keep away."));
    List<Map<String, String>> options = new ArrayList<>();
    for (ModerationDecision d : ModerationDecision.values()) {
      if (d == ModerationDecision.DISMISS || subject.isPresent()) {
        options.add(Map.of("label", d.label(), "value", d.value()));
      }
    }
    brief.put("decisionOptions", options);
    return brief;
  }

  /** Refuses a decision that cannot be carried out (the form says why; nothing changes). */
  @Transactional(readOnly = true)
  public ModerationDecision check(UUID reportId, String decisionValue, String reason) {
    Report report = reports.getOrFail(reportId);
    ModerationDecision decision;
    try {
      decision = ModerationDecision.ofValue(decisionValue == null ? "" : decisionValue);
    } catch (IllegalArgumentException e) {
      throw InvalidInput.of("decision", "Please choose a decision.");
    }
    if (reason == null || reason.isBlank()) {
      throw InvalidInput.of("decisionReason", "Please give the reason: the people it affects read it.");
    }
    if (reason.strip().length() > MAX_REASON_LENGTH) {
      throw InvalidInput.of("decisionReason", "Please keep the reason under " + MAX_REASON_LENGTH + " characters.");
    }
    if (report.getStatus() != ReportStatus.OPEN) {
      throw new Conflict("This report has been decided already.");
    }
    Optional<Person> subject = subject(report);
    if (decision.affectsReportedPerson() && subject.isEmpty()) {
      throw InvalidInput.of("decision", "The report names nobody, so only \"No action\" is possible.");
    }
    if (decision == ModerationDecision.BLOCK && blockHost(report, subject.orElseThrow()).isEmpty()) {
      throw InvalidInput.of("decision", "There is no host to keep them away from.");
    }
    if (decision == ModerationDecision.REMOVE_HOST && !subject.orElseThrow().hasRole(Role.HOST)) {
      throw InvalidInput.of("decision", subject.get().getDisplayName() + " does not host; choose another decision.");
    }
    return decision;
  }

  /**
   * Carries the decision out: a block from the host's events, a pause of new sign-ups, the end of hosting
   * ({@link HostRemoved}); records it in the audit trail. Returns whether it affects the reported person.
   */
  @Transactional
  public boolean decide(UUID reportId, String decisionValue, String reason, String moderator) {
    ModerationDecision decision = check(reportId, decisionValue, reason);
    Report report = reports.getOrFail(reportId);
    Instant now = clock.instant();
    report.touch(moderator, now);
    String why = reason.strip();
    String what = decision.label();
    Optional<Person> subject = subject(report);
    switch (decision) {
      case BLOCK -> {
        UUID host = blockHost(report, subject.orElseThrow()).orElseThrow();
        Block block = blocks.blockByModeration(host, subject.get().getId(), report.getId(), why, moderator);
        report.setBlockId(block.id());
        what += " (" + people.getOrFail(host).getDisplayName() + "'s events)";
      }
      case PAUSE -> {
        Person person = subject.orElseThrow();
        locks.lock(person.getId());
        Instant until = now.plus(properties.pause());
        if (person.getPausedUntil().filter(until::isBefore).isEmpty()) {
          person.pauseUntil(until, PAUSE_REASON);
        }
        what += " (until " + until + ")";
      }
      case REMOVE_HOST -> publisher.publishEvent(new HostRemoved(subject.orElseThrow().getId(), why, now));
      default -> {
      }
    }
    report.decide(decision, why, moderator, now,
        decision.affectsReportedPerson() ? now.plus(properties.appealWindow()) : null);
    record(report, ModerationAction.DECIDED, moderator, what, why);
    return decision.affectsReportedPerson();
  }

  /** When the appeal window closes (the diagram's timer), as ISO text. */
  @Transactional(readOnly = true)
  public String appealUntil(UUID reportId) {
    return reports.getOrFail(reportId).getAppealUntil().orElseThrow().toString();
  }

  /** Tells the reported person the decision, its reason and the appeal link. */
  @Transactional
  public void tellReportedPerson(MailStep step, UUID reportId) {
    Report report = reports.getOrFail(reportId);
    Person person = subject(report).orElseThrow();
    ModerationDecision decision = report.getDecision().orElseThrow();
    Instant until = report.getAppealUntil().orElseThrow();
    letters.decision(step, Recipient.of(person), aboutForReported(report), decision.words(), effect(decision),
        redacted(report, report.getDecisionReason().orElse("")), until,
        links.url(APPEAL_LINK, person.getId(), report.getId().toString(), null, until));
  }

  // ---- the appeal --------------------------------------------------------------------------------

  /** What the appeal page shows the reported person: only what is theirs to know. */
  public record AppealCase(String about, String decision, String effect, String reason, Instant appealUntil) {}

  /** The appealable case for this person; refused when it is not theirs, already appealed or too late. */
  @Transactional(readOnly = true)
  public AppealCase appealCase(UUID reportId, UUID personId) {
    Report report = appealable(reportId, personId);
    ModerationDecision decision = report.getDecision().orElseThrow();
    return new AppealCase(aboutForReported(report), decision.words(), effect(decision),
        redacted(report, report.getDecisionReason().orElse("")), report.getAppealUntil().orElseThrow());
  }

  /** The reported person appeals (once): kept, in the audit trail, and handed to a second moderator. */
  @Transactional
  public void appeal(UUID reportId, UUID personId, String text) {
    if (text == null || text.isBlank()) {
      throw InvalidInput.of("appeal", "Please say why you think the decision is wrong.");
    }
    if (text.strip().length() > ReportService.MAX_TEXT_LENGTH) {
      throw InvalidInput.of("appeal", "Please keep it under " + ReportService.MAX_TEXT_LENGTH + " characters.");
    }
    Report report = appealable(reportId, personId);
    report.appeal(text.strip(), clock.instant());
    record(report, ModerationAction.APPEALED, "reported person", null, text.strip());
    correlator.correlateAfterCommit(Correlation.of(ReportMessage.APPEAL_FILED, report.getId().toString()));
  }

  private Report appealable(UUID reportId, UUID personId) {
    Report report = reports.findById(reportId).orElseThrow(() -> new NotFound("Report", reportId));
    if (subject(report).map(Person::getId).filter(personId::equals).isEmpty()
        || report.getDecision().filter(ModerationDecision::affectsReportedPerson).isEmpty()) {
      throw new NotFound("Report", reportId);
    }
    if (report.getAppealedAt().isPresent()) {
      throw new Conflict("You have appealed this decision already; a second moderator is looking at it, and will "
          + "write to you.");
    }
    if (report.getStatus() != ReportStatus.DECIDED || !clock.instant().isBefore(report.getAppealUntil().orElseThrow())) {
      throw new Conflict("The time to appeal this decision has passed.");
    }
    return report;
  }

  /** What the appeal form shows the second moderator. */
  @Transactional(readOnly = true)
  public Map<String, Object> appealBrief(UUID reportId) {
    Report report = reports.getOrFail(reportId);
    Map<String, Object> brief = reviewBrief(reportId);
    brief.remove("decisionOptions");
    brief.remove("blockInfo");
    LocalTimes times = new LocalTimes(coordinators.zone(), Locale.ENGLISH);
    brief.put("originalDecision", report.getDecision().orElseThrow().label() + " by " + report.getDecidedBy().orElse("?")
        + ", " + times.dateTime(report.getDecidedAt().orElseThrow()));
    brief.put("originalReason", report.getDecisionReason().orElse(""));
    brief.put("appealText", report.getAppealText().orElse(""));
    brief.put("decidedBy", report.getDecidedBy().orElse(""));
    return brief;
  }

  /** A second, different moderator decides the appeal: "uphold" or "overturn", with a reason. */
  @Transactional(readOnly = true)
  public boolean checkAppeal(UUID reportId, String appealDecision, String reason, String moderator) {
    Report report = reports.getOrFail(reportId);
    if (report.getDecidedBy().filter(first -> first.equals(moderator)).isPresent()) {
      throw new Conflict("You decided this report yourself: its appeal goes to a second moderator. Please unclaim "
          + "the task so a colleague can take it.");
    }
    if (!"uphold".equals(appealDecision) && !"overturn".equals(appealDecision)) {
      throw InvalidInput.of("appealDecision", "Please choose whether the decision stands.");
    }
    if (reason == null || reason.isBlank()) {
      throw InvalidInput.of("appealReason", "Please give the reason: they read it.");
    }
    if (reason.strip().length() > MAX_REASON_LENGTH) {
      throw InvalidInput.of("appealReason", "Please keep the reason under " + MAX_REASON_LENGTH + " characters.");
    }
    return "uphold".equals(appealDecision);
  }

  /** The appeal's outcome: an overturned decision is undone where it can be (a block lifted, our pause lifted). */
  @Transactional
  public void decideAppeal(UUID reportId, String appealDecision, String reason, String moderator) {
    boolean upheld = checkAppeal(reportId, appealDecision, reason, moderator);
    Report report = reports.getOrFail(reportId);
    Instant now = clock.instant();
    if (!upheld) {
      switch (report.getDecision().orElseThrow()) {
        case BLOCK -> report.getBlockId().ifPresent(blocks::liftModerationBlock);
        case PAUSE -> subject(report).ifPresent(person -> {
          locks.lock(person.getId());
          if (person.getPauseReason().filter(PAUSE_REASON::equals).isPresent()) {
            person.liftPause();
          }
        });
        default -> {
        }
      }
    }
    report.decideAppeal(upheld, reason.strip(), moderator, now);
    record(report, upheld ? ModerationAction.APPEAL_UPHELD : ModerationAction.APPEAL_OVERTURNED, moderator,
        report.getDecision().orElseThrow().label() + (upheld ? " stands" : " withdrawn"), reason.strip());
  }

  @Transactional
  public void tellAppealOutcome(MailStep step, UUID reportId) {
    Report report = reports.getOrFail(reportId);
    ModerationDecision decision = report.getDecision().orElseThrow();
    boolean upheld = report.getAppealUpheld().orElseThrow();
    String undone = upheld ? null : switch (decision) {
      case BLOCK -> "you may register for that host's events again";
      case PAUSE -> "your sign-ups are open again";
      case REMOVE_HOST -> "you are welcome to apply to host again, and a coordinator will help you with it";
      default -> "the warning no longer stands";
    };
    letters.appealOutcome(step, Recipient.of(subject(report).orElseThrow()), decision.words(), upheld, undone,
        redacted(report, report.getAppealReason().orElse("")));
  }

  /** The appeal window passed without an appeal: the report is closed. */
  @Transactional
  public void closeAppealWindow(UUID reportId) {
    Report report = reports.getOrFail(reportId);
    report.close();
    record(report, ModerationAction.APPEAL_WINDOW_CLOSED, "engine", null, null);
  }

  // ---- urgent concerns ---------------------------------------------------------------------------

  /** Mails the on-call address (or every coordinator) when an urgent concern is still untouched; false when touched. */
  @Transactional
  public boolean escalate(MailStep step, UUID reportId, String round) {
    Report report = reports.getOrFail(reportId);
    if (report.getFirstActionAt().isPresent() || report.getStatus() != ReportStatus.OPEN) {
      return false;
    }
    boolean again = !"first".equals(round);
    List<Recipient> onCall = properties.onCallEmail() != null
        ? List.of(Recipient.mailbox("On-call coordinator", properties.onCallEmail(), coordinators.zone()))
        : coordinators.contacts().stream().map(c -> Recipient.mailbox(c.name(), c.email(), c.zone())).toList();
    String waited = DurationWords.about(Duration.between(report.getReportedAt(), clock.instant()));
    for (Recipient to : onCall) {
      letters.escalation(step, to, round, report.getId(), report.getCategory().words(), about(report).orElse(null),
          report.getText(), report.getReportedAt(), waited, DurationWords.exactly(properties.urgentResponse()), again,
          baseUrl + "/camunda/app/tasklist/");
    }
    record(report, ModerationAction.ESCALATED, "engine", (again ? "again " : "") + "to "
        + onCall.stream().map(Recipient::email).toList(), "untouched for " + waited);
    return true;
  }

  // ---- the audit trail ---------------------------------------------------------------------------

  /** One line of the audit trail, for coordinators. */
  public record AuditEntry(Instant at, ModerationAction action, String actor, String what, String why) {}

  @Transactional(readOnly = true)
  public List<AuditEntry> audit(UUID reportId) {
    reports.getOrFail(reportId);
    return records.findByReportIdOrderByPosition(reportId).stream()
        .map(r -> new AuditEntry(r.getAt(), r.getAction(), r.getActor(), r.getWhat().orElse(null),
            r.getWhy().orElse(null)))
        .toList();
  }

  private void record(Report report, ModerationAction action, String actor, String what, String why) {
    records.save(new ModerationRecord(report.getId(), records.countByReportId(report.getId()), action, actor,
        clock.instant(), what, why));
  }

  // ---- helpers -----------------------------------------------------------------------------------

  /** Who the report is about: the person named, else the host of the event named. */
  Optional<Person> subject(Report report) {
    Optional<UUID> id = report.getReportedPersonId().or(() -> report.getEventId().flatMap(this::event)
        .flatMap(Event::getHostId));
    return id.flatMap(people::findById);
  }

  /** Whose events a "block" closes: the event's host, or (no other host) the reporter. */
  private Optional<UUID> blockHost(Report report, Person subject) {
    Optional<UUID> host = report.getEventId().flatMap(this::event).flatMap(Event::getHostId)
        .filter(h -> !h.equals(subject.getId()));
    return host.or(() -> Optional.of(report.getReporterId()).filter(r -> !r.equals(subject.getId())));
  }

  private Optional<Event> event(UUID eventId) {
    try {
      return Optional.of(events.get(eventId));
    } catch (NotFound gone) {
      return Optional.empty();
    }
  }

  /** The session or event, in words (for the reporter and moderators). */
  private Optional<String> about(Report report) {
    Optional<String> session = report.getSessionKind()
        .flatMap(kind -> checkIns.title(kind, report.getSessionId().orElseThrow()));
    return session.or(() -> report.getEventId().flatMap(this::event).map(Event::getTitle));
  }

  /** For the reported person: the session in words, never who reported. */
  private String aboutForReported(Report report) {
    return about(report).map(title -> "your part in \"" + title + "\"").orElse("your part on Mentra");
  }

  private static String effect(ModerationDecision decision) {
    return switch (decision) {
      case WARN -> "Nothing else changes for now; please keep our code of conduct in mind.";
      case BLOCK -> "You can no longer register for one host's events, and you will not be paired with them.";
      case PAUSE -> "Your new sign-ups are paused for a while; sessions you already booked stay as they are.";
      case REMOVE_HOST -> "You no longer host events on Mentra; your upcoming events go to our coordinators.";
      default -> null;
    };
  }

  /** The text with the reporter's name, first name, email and id taken out: for the reported person's eyes. */
  String redacted(Report report, String text) {
    Person reporter = people.getOrFail(report.getReporterId());
    String result = text;
    List<String> identifying = new ArrayList<>(List.of(reporter.getEmail(), reporter.getDisplayName(),
        reporter.getId().toString()));
    for (String part : reporter.getDisplayName().split("\\s+")) {
      if (part.length() >= 3) {
        identifying.add(part);
      }
    }
    for (String word : identifying) {
      result = Pattern.compile(Pattern.quote(word), Pattern.CASE_INSENSITIVE).matcher(result).replaceAll(REDACTED);
    }
    return result;
  }

  private String history(Person person, Report current, LocalTimes times) {
    AttendanceTally tally = attendance.tally(person.getId());
    StringBuilder history = new StringBuilder();
    history.append("Attendance: ").append(tally.kept()).append(" kept (").append(tally.late()).append(" late), ")
        .append(tally.noShows()).append(" missed, ").append(tally.excused()).append(" excused. Reliability ")
        .append(Math.round(person.getReliability() * 100)).append(" %. ")
        .append(person.getPausedUntil().filter(u -> u.isAfter(clock.instant()))
            .map(u -> "Paused until " + times.dateTime(u) + ".").orElse("Not paused."));
    List<Report> earlier = reports.findByReportedPersonIdOrderByReportedAtDesc(person.getId()).stream()
        .filter(r -> !r.getId().equals(current.getId())).toList();
    history.append("\nEarlier reports: ").append(earlier.isEmpty() ? "none" : earlier.size());
    for (Report r : earlier) {
      history.append("\n- ").append(times.dateTime(r.getReportedAt())).append(": ").append(r.getCategory().words())
          .append(" -> ").append(r.getDecision().map(ModerationDecision::label).orElse("not decided yet"))
          .append(r.getAppealUpheld().map(u -> u ? " (appeal: stands)" : " (appeal: withdrawn)").orElse(""));
    }
    return history.toString();
  }

  private String context(Report report, LocalTimes times) {
    List<String> lines = new ArrayList<>();
    report.getSessionKind().ifPresent(kind -> lines.add(capitalised(kind.words()) + ": "
        + checkIns.title(kind, report.getSessionId().orElseThrow()).orElse("(no longer known)")));
    report.getEventId().flatMap(this::event).ifPresent(e -> lines.add("Event: " + e.getTitle() + ", "
        + times.dateTime(e.getStartsAt()) + e.getHostId().flatMap(people::findById)
            .map(h -> ", hosted by " + h.getDisplayName()).orElse("")));
    return lines.isEmpty() ? "No session named." : String.join("\n", lines);
  }

  private static String capitalised(String words) {
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
