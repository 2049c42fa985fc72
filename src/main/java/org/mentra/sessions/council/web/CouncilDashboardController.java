package org.mentra.sessions.council.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentra.sessions.people.Coordinators;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.shared.TemplateModel;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.mentra.sessions.council.domain.CoordinationReason;
import org.mentra.sessions.council.domain.CouncilMentor;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.council.domain.CouncilSessionRepository;
import org.mentra.sessions.council.domain.CouncilStatus;
import org.mentra.sessions.council.domain.MentorResponse;
import org.mentra.sessions.council.CouncilSuggestions;

/**
 * The coordination dashboard: every council with its status, the answers so far and the time left
 * to the deadline; a council's page shows each mentor's answers, why they were asked, and the
 * system's suggestions. Coordinators only (the security chain guards /coordination/**).
 */
@Controller
@RequestMapping("/coordination/councils")
class CouncilDashboardController {

  private static final int PAGE_SIZE = 50;

  private final CouncilSessionRepository councils;
  private final PersonRepository people;
  private final Clock clock;
  private final ZoneId zone;

  CouncilDashboardController(CouncilSessionRepository councils, PersonRepository people, Clock clock,
      Coordinators coordinators) {
    this.councils = councils;
    this.people = people;
    this.clock = clock;
    this.zone = coordinators.zone();
  }

  @GetMapping
  @Transactional(readOnly = true)
  String list(@RequestParam(defaultValue = "0") int page, Model model) {
    Page<CouncilSession> councilPage = councils.findAllByOrderByCreatedAtDesc(PageRequest.of(Math.max(page, 0), PAGE_SIZE));
    Map<UUID, Person> mentees = persons(councilPage.stream().map(CouncilSession::getMenteeId).toList());
    Instant now = clock.instant();
    return show(model, new DashboardPage(
        councilPage.stream().map(c -> new Row(c, mentees.get(c.getMenteeId()), now)).toList(), councilPage, zone.getId()));
  }

  @GetMapping("/{id}")
  @Transactional(readOnly = true)
  String show(@PathVariable UUID id, Model model) {
    CouncilSession council = councils.getOrFail(id);
    Map<UUID, Person> persons = persons(council.getMentors().stream().map(CouncilMentor::getMentorId).toList());
    Person mentee = people.getOrFail(council.getMenteeId());
    DateTimeFormatter time = format();
    return show(model, new DetailPage(council, new Row(council, mentee, clock.instant()), persons,
        council.getProposedSlots().stream().map(s -> time.format(s.start())).toList(),
        council.getStatus() == CouncilStatus.NEEDS_COORDINATOR
            ? CouncilSuggestions.of(council, persons.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getDisplayName())), time)
            : List.of(),
        time, zone.getId()));
  }

  private static String show(Model model, TemplateModel page) {
    model.addAllAttributes(page.variables());
    return page.template();
  }

  /** pages/council-dashboard: a page of councils, newest first. */
  record DashboardPage(List<Row> rows, Page<CouncilSession> page, String zone) implements TemplateModel {
    @Override
    public String template() {
      return "pages/council-dashboard";
    }
  }

  /** pages/council-detail: one council, each mentor's answers and reasons, and the system's suggestions. */
  record DetailPage(CouncilSession council, Row row, Map<UUID, Person> persons, List<String> slots,
      List<CouncilSuggestions.Suggestion> suggestions, DateTimeFormatter time, String zone) implements TemplateModel {
    @Override
    public String template() {
      return "pages/council-detail";
    }
  }

  private Map<UUID, Person> persons(List<UUID> ids) {
    return people.findAllById(ids).stream().collect(Collectors.toMap(Person::getId, Function.identity()));
  }

  private DateTimeFormatter format() {
    return DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH).withZone(zone);
  }

  /** One council as a line of the dashboard. */
  final class Row {
    private final CouncilSession council;
    private final Person mentee;
    private final Instant now;

    Row(CouncilSession council, Person mentee, Instant now) {
      this.council = council;
      this.mentee = mentee;
      this.now = now;
    }

    public CouncilSession getCouncil() {
      return council;
    }

    public String getMentee() {
      return mentee == null ? "?" : mentee.getDisplayName();
    }

    public String getCreated() {
      return format().format(council.getCreatedAt());
    }

    /** "3 of 5 answered: 2 available, 1 tentative". */
    public String getAnswers() {
      List<CouncilMentor> mentors = council.activeMentors();
      Map<MentorResponse, Long> counts = mentors.stream()
          .collect(Collectors.groupingBy(CouncilMentor::getResponse, Collectors.counting()));
      long answered = mentors.stream().filter(CouncilMentor::hasAnswered).count();
      String detail = counts.entrySet().stream()
          .filter(e -> e.getKey() != MentorResponse.PENDING)
          .sorted(Map.Entry.comparingByKey())
          .map(e -> e.getValue() + " " + e.getKey().words())
          .collect(Collectors.joining(", "));
      return answered + " of " + mentors.size() + " answered" + (detail.isEmpty() ? "" : ": " + detail);
    }

    /** The deadline and the time left, while mentors are being asked. */
    public String getDeadline() {
      if (council.getStatus() != CouncilStatus.COLLECTING_AVAILABILITY) {
        return "";
      }
      Duration left = Duration.between(now, council.getResponseDeadline());
      String remaining = left.isNegative() || left.isZero() ? "passed"
          : left.toHours() >= 1 ? left.toHours() + " h " + left.toMinutesPart() + " min left"
          : left.toMinutes() + " min left";
      return format().format(council.getResponseDeadline()) + " (" + remaining + ")";
    }

    public String getScheduled() {
      return council.confirmedSlot().map(s -> format().format(s.start())).orElse("");
    }

    public String getReason() {
      return council.getStatus() == CouncilStatus.NEEDS_COORDINATOR
          ? council.getCoordinationReason().map(CoordinationReason::explanation).orElse("") : "";
    }
  }
}
