package org.mentra.sessions.safety.coordination.web;

import java.security.Principal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.mail.DurationWords;
import org.mentra.sessions.mail.LocalTimes;
import org.mentra.sessions.people.Coordinators;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.safety.ModerationService.AuditEntry;
import org.mentra.sessions.safety.SafetyProperties;
import org.mentra.sessions.safety.coordination.ResponseTimes;
import org.mentra.sessions.safety.coordination.SafetyOverview;
import org.mentra.sessions.safety.coordination.SafetyOverview.OpenReport;
import org.mentra.sessions.safety.coordination.SafetyOverview.Overview;
import org.mentra.sessions.safety.coordination.SafetyOverview.Trail;
import org.mentra.sessions.shared.TemplateModel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * /coordination/safety: the reports being worked and the time to their first human action against the
 * targets; /coordination/safety/reports/{id}: one report's audit trail. Coordinators and moderators only (the
 * security chain), so the reporter may be named here and nowhere the reported person can reach. Times are in the
 * viewer's zone (their profile's, else the coordinators').
 */
@Controller
@RequestMapping("/coordination/safety")
class SafetyCoordinationPage {

  /** The periods offered besides the configured one, in days. */
  static final List<Integer> PERIODS = List.of(7, 30, 90, 365);

  private final SafetyOverview overview;
  private final SafetyProperties properties;
  private final PersonRepository people;
  private final Coordinators coordinators;

  SafetyCoordinationPage(SafetyOverview overview, SafetyProperties properties, PersonRepository people,
      Coordinators coordinators) {
    this.overview = overview;
    this.properties = properties;
    this.people = people;
    this.coordinators = coordinators;
  }

  @GetMapping
  String show(@RequestParam(required = false) Integer days, Principal viewer, Model model) {
    Duration window = days == null ? properties.responseWindow() : Duration.ofDays(Math.max(1, Math.min(days, 3650)));
    LocalTimes times = timesFor(viewer);
    Overview shown = overview.overview(window);
    return render(model, new SafetyPage(shown.open().stream().map(r -> Line.of(r, times)).toList(),
        period(window), PERIODS, List.of(Measure.of("Urgent concerns", shown.urgent()),
            Measure.of("Other reports", shown.ordinary())), shown.urgent().missed(),
        DurationWords.exactly(properties.urgentResponse()), times.zone()));
  }

  @GetMapping("/reports/{id}")
  String trail(@PathVariable UUID id, Principal viewer, Model model) {
    LocalTimes times = timesFor(viewer);
    Trail trail = overview.trail(id);
    return render(model, new TrailPage(Line.of(trail.report(), times), text(trail, "reportSummary"),
        text(trail, "reporterName"), text(trail, "reportedPersonName"), text(trail, "sessionContext"),
        trail.entries().stream().map(e -> Entry.of(e, times)).toList(), times.zone()));
  }

  private LocalTimes timesFor(Principal viewer) {
    ZoneId zone = Optional.ofNullable(viewer).flatMap(v -> people.findByUserId(v.getName())).map(Person::zone)
        .orElseGet(coordinators::zone);
    return new LocalTimes(zone, Locale.ENGLISH);
  }

  private static String text(Trail trail, String key) {
    Object value = trail.brief().get(key);
    return value == null ? "" : value.toString();
  }

  private static String render(Model model, TemplateModel page) {
    model.addAllAttributes(page.variables());
    return page.template();
  }

  /** {@code pages/safety-coordination}. */
  record SafetyPage(List<Line> open, String window, List<Integer> periods, List<Measure> measures,
      int urgentMissed, String urgentTarget, String zone) implements TemplateModel {
    @Override
    public String template() {
      return "pages/safety-coordination";
    }
  }

  /** {@code pages/safety-report-trail}. */
  record TrailPage(Line report, String summary, String reporter, String reported, String context,
      List<Entry> entries, String zone) implements TemplateModel {
    @Override
    public String template() {
      return "pages/safety-report-trail";
    }
  }

  /** A report as the page says it, in words and the viewer's times. */
  record Line(UUID id, String category, boolean urgent, String status, String reported, String age, String due,
      boolean overdue, String touched) {
    static Line of(OpenReport r, LocalTimes times) {
      String status = r.status().words() + r.appealUntil().map(u -> " until " + times.dateTime(u)).orElse("");
      String touched = r.firstActionAt().map(first -> "Yes, after " + words(r.timeToFirstAction().orElseThrow()))
          .orElse("Not yet");
      return new Line(r.id(), capitalised(r.category()), r.urgent(), capitalised(status),
          times.dateTime(r.reportedAt()), words(r.age()), r.due().map(times::dateTime).orElse("—"), r.overdue(),
          touched);
    }
  }

  /** The response times of one kind of report against its target. */
  record Measure(String label, String target, int reports, int measured, String median, String p90, int missed,
      boolean withinTarget) {
    static Measure of(String label, ResponseTimes times) {
      return new Measure(label, DurationWords.exactly(times.target()), times.reports(), times.measured(),
          times.median().map(SafetyCoordinationPage::words).orElse("—"),
          times.p90().map(SafetyCoordinationPage::words).orElse("—"), times.missed(), times.withinTarget());
    }
  }

  /** One line of the audit trail: who, when, what, why. */
  record Entry(String at, String action, String actor, String what, String why) {
    static Entry of(AuditEntry e, LocalTimes times) {
      return new Entry(times.dateTime(e.at()), e.action().words(), e.actor(), e.what() == null ? "" : e.what(),
          e.why() == null ? "" : e.why());
    }
  }

  /** "30 days", or in hours when the window is not whole days. */
  static String period(Duration window) {
    return window.toHours() % 24 == 0 ? window.toDays() + (window.toDays() == 1 ? " day" : " days")
        : DurationWords.exactly(window);
  }

  /** A time span for people: under a minute said as such, else roughly. */
  static String words(Duration duration) {
    return duration.compareTo(Duration.ofMinutes(1)) < 0 ? "under a minute" : DurationWords.about(duration);
  }

  private static String capitalised(String words) {
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
