package org.mentra.sessions.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentra.sessions.attendance.AttendanceReport;
import org.mentra.sessions.attendance.AttendanceService;
import org.mentra.sessions.attendance.ParticipantRole;
import org.mentra.sessions.attendance.SessionKind;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.retry.RetryOnConflict;
import org.mentra.sessions.security.Caller;
import org.mentra.sessions.shared.Conflict;
import org.mentra.sessions.shared.Refused;
import org.mentra.sessions.shared.InvalidInput;
import org.mentra.sessions.shared.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.mentra.sessions.events.domain.AttendanceEntry;

/**
 * An event's attendance as its host or a coordinator reports it: one record per person, the host
 * as HOST and everyone else as a participant, all or nothing.
 */
@Service
@RetryOnConflict
public class EventAttendance {

  private final EventService events;
  private final PersonRepository people;
  private final AttendanceService attendance;
  private final Caller caller;
  private final Clock clock;

  EventAttendance(EventService events, PersonRepository people, AttendanceService attendance, Caller caller,
      Clock clock) {
    this.events = events;
    this.people = people;
    this.attendance = attendance;
    this.caller = caller;
    this.clock = clock;
  }

  @Transactional
  public List<AttendanceEntry> record(UUID eventId, List<AttendanceEntry> entries) {
    Event event = events.get(eventId);
    if (!caller.isStaff() && !isHost(event)) {
      throw Refused.forbidden("Only the event's host or a coordinator may report its attendance.");
    }
    if (event.getStatus() == EventStatus.DRAFT || event.getStatus() == EventStatus.CANCELLED) {
      throw new Conflict("The event is " + event.getStatus().name().toLowerCase(Locale.ROOT)
          + ": nobody could attend it.");
    }
    if (clock.instant().isBefore(event.getStartsAt())) {
      throw new Conflict("The event starts at " + event.getStartsAt() + "; attendance can be reported "
          + "from then on.");
    }
    Map<UUID, Person> known = people.findAllById(entries.stream().map(AttendanceEntry::userId)
        .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Person::getId, Function.identity()));
    List<FieldProblem> problems = new ArrayList<>();
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      UUID userId = entries.get(i).userId();
      if (!known.containsKey(userId)) {
        problems.add(new FieldProblem("attendance[" + i + "].userId", "no person with id " + userId));
      } else if (!seen.add(userId)) {
        problems.add(new FieldProblem("attendance[" + i + "].userId", "listed twice"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput("Some entries name nobody we know, or the same person twice.", problems);
    }
    // Person by person in a fixed order: two reports for one event never wait on each other in a circle.
    entries.stream().sorted(Comparator.comparing(AttendanceEntry::userId)).forEach(entry ->
        attendance.record(new AttendanceReport(SessionKind.EVENT, eventId, entry.userId(),
            event.getHostId().filter(entry.userId()::equals).isPresent() ? ParticipantRole.HOST
                : ParticipantRole.PARTICIPANT,
            entry.status(), event.getStartsAt(), source())));
    return entries;
  }

  private boolean isHost(Event event) {
    return event.getHostId().flatMap(people::findById).filter(host -> caller.isUser(host.getUserId())).isPresent();
  }

  private String source() {
    return (caller.isStaff() ? "coordinator:" : "host:") + caller.userId().orElse("unknown");
  }
}
