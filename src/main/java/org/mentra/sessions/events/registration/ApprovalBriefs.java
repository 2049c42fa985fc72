package org.mentra.sessions.events.registration;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mentra.sessions.attendance.AttendanceService;
import org.mentra.sessions.attendance.AttendanceTally;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventService;
import org.mentra.sessions.events.registration.domain.Registration;
import org.mentra.sessions.events.registration.domain.RegistrationRepository;
import org.mentra.sessions.mail.LocalTimes;
import org.mentra.sessions.people.Coordinators;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the coordinators see when they approve a registration: who, for which event, and the person's
 * history (how they kept their sessions, their earlier registrations), in the coordinators' zone.
 */
@Service
public class ApprovalBriefs {

  static final int PREVIOUS_SHOWN = 10;

  private final RegistrationRepository registrations;
  private final EventService events;
  private final PersonRepository people;
  private final AttendanceService attendance;
  private final Coordinators coordinators;
  private final Clock clock;

  ApprovalBriefs(RegistrationRepository registrations, EventService events, PersonRepository people,
      AttendanceService attendance, Coordinators coordinators, Clock clock) {
    this.registrations = registrations;
    this.events = events;
    this.people = people;
    this.attendance = attendance;
    this.coordinators = coordinators;
    this.clock = clock;
  }

  /** The approval form's variables. */
  @Transactional(readOnly = true)
  public Map<String, Object> brief(UUID registrationId) {
    Registration registration = registrations.getOrFail(registrationId);
    Event event = events.get(registration.getEventId());
    Person person = people.getOrFail(registration.getPersonId());
    LocalTimes times = new LocalTimes(coordinators.zone(), Locale.ENGLISH);
    AttendanceTally tally = attendance.tally(person.getId());
    int expected = tally.kept() + tally.noShows();
    Map<String, Object> brief = new LinkedHashMap<>();
    brief.put("personName", person.getDisplayName());
    brief.put("personEmail", person.getEmail());
    brief.put("personPlan", person.getPlan().words());
    brief.put("eventTitle", event.getTitle());
    brief.put("eventWhen", times.range(event.getStartsAt(), event.getEndsAt()));
    brief.put("attendanceRecord", expected == 0 ? "No sessions recorded yet."
        : "Came to " + tally.kept() + " of " + expected + " sessions (" + Math.round(100.0 * tally.kept() / expected)
            + "%), " + tally.late() + " of them late; " + tally.noShows() + " missed without notice ("
            + Math.round(100.0 * tally.noShows() / expected) + "% no-shows); " + tally.excused() + " excused.");
    brief.put("pauseStatus", person.getPausedUntil().filter(until -> until.isAfter(clock.instant()))
        .map(until -> "Sign-ups paused until " + times.dateTime(until)).orElse("Not paused"));
    List<Registration> earlier = registrations.findByPersonIdOrderByRegisteredAtDesc(person.getId()).stream()
        .filter(r -> !r.getId().equals(registrationId)).limit(PREVIOUS_SHOWN).toList();
    Map<UUID, Event> earlierEvents = earlier.stream().map(Registration::getEventId).distinct()
        .collect(Collectors.toMap(id -> id, events::get));
    brief.put("previousRegistrations", earlier.isEmpty() ? "None." : earlier.stream()
        .map(r -> earlierEvents.get(r.getEventId()).getTitle() + " ("
            + times.dateTime(earlierEvents.get(r.getEventId()).getStartsAt()) + "): "
            + r.getStatus().name().toLowerCase(Locale.ROOT).replace('_', ' '))
        .collect(Collectors.joining("\n")));
    return brief;
  }
}
