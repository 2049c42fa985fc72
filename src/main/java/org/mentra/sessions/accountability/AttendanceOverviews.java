package org.mentra.sessions.accountability;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentra.sessions.accountability.AttendanceOverview.PausedPerson;
import org.mentra.sessions.accountability.AttendanceOverview.Rates;
import org.mentra.sessions.accountability.AttendanceOverview.Row;
import org.mentra.sessions.events.EventService;
import org.mentra.sessions.mail.LocalTimes;
import org.mentra.sessions.people.Coordinators;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/** Builds the coordinators' attendance report from the attendance records. */
@Service
class AttendanceOverviews {

  static final int MAX_MONTHS = 24;
  static final int MAX_SESSIONS = 200;
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

  private final AttendanceRepository attendance;
  private final StrikeRepository strikes;
  private final PersonRepository people;
  private final SessionNames sessionNames;
  private final EventService events;
  private final Clock clock;
  private final ZoneId zone;

  AttendanceOverviews(AttendanceRepository attendance, StrikeRepository strikes, PersonRepository people,
      SessionNames sessionNames, EventService events, Clock clock,
      Coordinators coordinators) {
    this.attendance = attendance;
    this.strikes = strikes;
    this.people = people;
    this.sessionNames = sessionNames;
    this.events = events;
    this.clock = clock;
    this.zone = coordinators.zone();
  }

  /**
   * The last {@code months} calendar months (this one included), in the coordinators' time zone.
   * Not one transaction: each read is its own, so an event the events feature does not know (its
   * "not found") cannot spoil the report's transaction.
   */
  AttendanceOverview lastMonths(int months) {
    if (months < 1 || months > MAX_MONTHS) {
      throw new IllegalArgumentException("months must be 1 to " + MAX_MONTHS);
    }
    YearMonth current = YearMonth.from(clock.instant().atZone(zone));
    Instant from = current.minusMonths(months - 1L).atDay(1).atStartOfDay(zone).toInstant();
    Instant to = current.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    List<Attendance> records =
        attendance.findBySessionStartGreaterThanEqualAndSessionStartLessThanOrderBySessionStart(from, to);
    Map<SessionKey, List<Attendance>> sessions = records.stream()
        .collect(Collectors.groupingBy(SessionKey::of, LinkedHashMap::new, Collectors.toList()));
    Map<UUID, Person> persons = people.findAllById(records.stream().map(Attendance::getPersonId).collect(
        Collectors.toSet())).stream().collect(Collectors.toMap(Person::getId, Function.identity()));
    return new AttendanceOverview(from, to, byMonth(sessions), bySession(sessions, persons),
        byHost(sessions, persons), paused());
  }

  private List<Row> byMonth(Map<SessionKey, List<Attendance>> sessions) {
    Map<YearMonth, List<List<Attendance>>> months = new TreeMap<>(Comparator.reverseOrder());
    sessions.values().forEach(rows -> months.computeIfAbsent(
        YearMonth.from(rows.get(0).getSessionStart().atZone(zone)), m -> new ArrayList<>()).add(rows));
    return months.entrySet().stream()
        .map(e -> new Row(MONTH.format(e.getKey()), null, rates(e.getValue())))
        .toList();
  }

  private List<Row> bySession(Map<SessionKey, List<Attendance>> sessions, Map<UUID, Person> persons) {
    LocalTimes times = new LocalTimes(zone, Locale.ENGLISH);
    return sessions.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<SessionKey, List<Attendance>> e) ->
            e.getValue().get(0).getSessionStart()).reversed())
        .limit(MAX_SESSIONS)
        .map(e -> {
          List<Attendance> rows = e.getValue();
          String hosts = hosts(rows).stream().map(id -> name(persons, id)).collect(Collectors.joining(", "));
          String kind = StringUtils.capitalize(e.getKey().kind().words());
          Optional<String> title = title(e.getKey());
          // Named after what it is about; without a known title the kind names it, and the time tells it apart.
          String detail = title.map(t -> kind + ", ").orElse("") + times.dateTime(rows.get(0).getSessionStart())
              + (hosts.isEmpty() ? "" : ", hosted by " + hosts);
          return new Row(title.orElse(kind), detail, rates(List.of(rows)));
        })
        .toList();
  }

  private List<Row> byHost(Map<SessionKey, List<Attendance>> sessions, Map<UUID, Person> persons) {
    Map<UUID, List<List<Attendance>>> hosted = new LinkedHashMap<>();
    for (List<Attendance> rows : sessions.values()) {
      rows.stream().filter(r -> r.getRole().isVolunteer()).map(Attendance::getPersonId).distinct()
          .forEach(volunteer -> hosted.computeIfAbsent(volunteer, v -> new ArrayList<>()).add(rows));
    }
    return hosted.entrySet().stream()
        .map(e -> {
          UUID volunteer = e.getKey();
          List<List<Attendance>> theirs = e.getValue();
          // Sessions they held count for their participants; sessions they missed only as their own no-show.
          List<List<Attendance>> held = theirs.stream().filter(rows -> hosts(rows).contains(volunteer)).toList();
          long missed = theirs.size() - held.size();
          Rates rates = rates(held);
          return new Row(name(persons, volunteer), persons.containsKey(volunteer)
              ? persons.get(volunteer).getEmail() : null, new Rates(rates.sessions(), rates.expected(),
              rates.attended(), rates.late(), rates.noShows(), rates.excused(), (int) missed));
        })
        .sorted(Comparator.comparing(Row::label))
        .toList();
  }

  private List<PausedPerson> paused() {
    Instant now = clock.instant();
    Set<UUID> ids = strikes.findPersonIdsPausedAfter(now);
    return people.findAllById(ids).stream()
        .filter(p -> p.isPausedAt(now))
        .sorted(Comparator.comparing(p -> p.getPausedUntil().orElseThrow()))
        .map(p -> new PausedPerson(p.getId(), p.getDisplayName(), p.getEmail(), p.getPausedUntil().orElseThrow(),
            p.getPauseReason().orElse(null)))
        .toList();
  }

  /** The volunteers who were there: they held the session. */
  private static Set<UUID> hosts(List<Attendance> rows) {
    return rows.stream()
        .filter(r -> r.getRole().isVolunteer() && r.getStatus() != AttendanceStatus.NO_SHOW)
        .map(Attendance::getPersonId)
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  private static Rates rates(Collection<List<Attendance>> sessions) {
    int expected = 0;
    int attended = 0;
    int late = 0;
    int noShows = 0;
    int excused = 0;
    int volunteerNoShows = 0;
    for (List<Attendance> rows : sessions) {
      for (Attendance row : rows) {
        if (row.getRole().isVolunteer()) {
          volunteerNoShows += row.getStatus() == AttendanceStatus.NO_SHOW ? 1 : 0;
          continue;
        }
        expected++;
        switch (row.getStatus()) {
          case ATTENDED -> attended++;
          case LATE -> late++;
          case NO_SHOW -> noShows++;
          case EXCUSED -> excused++;
        }
      }
    }
    return new Rates(sessions.size(), expected, attended, late, noShows, excused, volunteerNoShows);
  }

  /** An event's own title; otherwise what the session's feature says it is about (a chat's event). */
  private Optional<String> title(SessionKey session) {
    Optional<String> title = session.kind() == SessionKind.EVENT ? eventTitle(session.sessionId()) : Optional.empty();
    return title.or(() -> sessionNames.reportTitle(session.kind(), session.sessionId()));
  }

  private Optional<String> eventTitle(UUID eventId) {
    try {
      return Optional.of(events.get(eventId).getTitle());
    } catch (NotFound notFound) {
      return Optional.empty(); // attendance recorded for an event the events feature does not keep
    }
  }

  private static String name(Map<UUID, Person> persons, UUID id) {
    Person person = persons.get(id);
    return person == null ? id.toString() : person.getDisplayName();
  }

  private record SessionKey(SessionKind kind, UUID sessionId) {
    static SessionKey of(Attendance row) {
      return new SessionKey(row.getSessionKind(), Objects.requireNonNull(row.getSessionId()));
    }
  }
}
