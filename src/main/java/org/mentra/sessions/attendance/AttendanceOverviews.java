package org.mentra.sessions.attendance;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
import org.mentra.sessions.attendance.AttendanceOverview.Rates;
import org.mentra.sessions.attendance.AttendanceOverview.Row;
import org.mentra.sessions.mail.LocalTimes;
import org.mentra.sessions.people.Coordinators;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Builds the coordinators' attendance report from the attendance records; each session is named by
 * the feature that owns it ({@link AttendedSessions#title}).
 */
@Service
public class AttendanceOverviews {

  public static final int MAX_MONTHS = 24;
  public static final int MAX_SESSIONS = 200;
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

  private final AttendanceService attendance;
  private final PersonRepository people;
  private final CheckIns sessions;
  private final Clock clock;
  private final ZoneId zone;

  AttendanceOverviews(AttendanceService attendance, PersonRepository people, CheckIns sessions, Clock clock,
      Coordinators coordinators) {
    this.attendance = attendance;
    this.people = people;
    this.sessions = sessions;
    this.clock = clock;
    this.zone = coordinators.zone();
  }

  /**
   * The last {@code months} calendar months (this one included), in the coordinators' time zone.
   * Not one transaction: each read is its own, so a feature that fails to name its session cannot
   * spoil the report's transaction.
   */
  public AttendanceOverview lastMonths(int months) {
    if (months < 1 || months > MAX_MONTHS) {
      throw new IllegalArgumentException("months must be 1 to " + MAX_MONTHS);
    }
    YearMonth current = YearMonth.from(clock.instant().atZone(zone));
    Instant from = current.minusMonths(months - 1L).atDay(1).atStartOfDay(zone).toInstant();
    Instant to = current.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    List<Attendance> records = attendance.startedBetween(from, to);
    Map<SessionKey, List<Attendance>> sessions = records.stream()
        .collect(Collectors.groupingBy(SessionKey::of, LinkedHashMap::new, Collectors.toList()));
    Map<UUID, Person> persons = people.findAllById(records.stream().map(Attendance::getPersonId).collect(
        Collectors.toSet())).stream().collect(Collectors.toMap(Person::getId, Function.identity()));
    return new AttendanceOverview(from, to, byMonth(sessions), bySession(sessions, persons),
        byHost(sessions, persons));
  }

  private List<Row> byMonth(Map<SessionKey, List<Attendance>> sessions) {
    Map<YearMonth, List<List<Attendance>>> months = new TreeMap<>(Comparator.reverseOrder());
    sessions.values().forEach(rows -> months.computeIfAbsent(
        YearMonth.from(rows.get(0).getSessionStart().atZone(zone)), m -> new ArrayList<>()).add(rows));
    return months.entrySet().stream()
        .map(e -> new Row(MONTH.format(e.getKey()), null, Rates.of(e.getValue())))
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
          return new Row(title.orElse(kind), detail, Rates.of(List.of(rows)));
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
          Rates rates = Rates.of(held);
          return new Row(name(persons, volunteer), persons.containsKey(volunteer)
              ? persons.get(volunteer).getEmail() : null, new Rates(rates.sessions(), rates.expected(),
              rates.attended(), rates.late(), rates.noShows(), rates.excused(), (int) missed));
        })
        .sorted(Comparator.comparing(Row::label))
        .toList();
  }

  /** The volunteers who were there: they held the session. */
  private static Set<UUID> hosts(List<Attendance> rows) {
    return rows.stream()
        .filter(r -> r.getRole().isVolunteer() && r.getStatus() != AttendanceStatus.NO_SHOW)
        .map(Attendance::getPersonId)
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  /** What the session's feature says it is about (an event's title, a chat's event). */
  private Optional<String> title(SessionKey session) {
    return sessions.title(session.kind(), session.sessionId());
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
