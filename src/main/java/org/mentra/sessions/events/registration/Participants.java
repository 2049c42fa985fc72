package org.mentra.sessions.events.registration;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentra.sessions.attendance.Attendance;
import org.mentra.sessions.attendance.AttendanceService;
import org.mentra.sessions.attendance.AttendanceStatus;
import org.mentra.sessions.attendance.SessionKind;
import org.mentra.sessions.events.EventParticipants;
import org.mentra.sessions.events.registration.domain.Registration;
import org.mentra.sessions.events.registration.domain.RegistrationRepository;
import org.mentra.sessions.events.registration.domain.RegistrationStatus;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who is registered for a group event, and the host's and coordinators' list of them. */
@Service
public class Participants implements EventParticipants {

  private final RegistrationRepository registrations;
  private final PersonRepository people;
  private final AttendanceService attendance;
  private final Seats seats;

  Participants(RegistrationRepository registrations, PersonRepository people, AttendanceService attendance,
      Seats seats) {
    this.registrations = registrations;
    this.people = people;
    this.attendance = attendance;
    this.seats = seats;
  }

  @Override
  @Transactional(readOnly = true)
  public List<UUID> confirmedOf(UUID eventId) {
    return registrations.findByEventIdAndStatusInOrderByArrival(eventId, List.of(RegistrationStatus.CONFIRMED))
        .stream().map(Registration::getPersonId).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public boolean isRegistered(UUID eventId, UUID personId) {
    return registrations.findByEventIdAndPersonId(eventId, personId).filter(r -> r.getStatus().isActive())
        .isPresent();
  }

  @Override
  @Transactional(readOnly = true)
  public Set<UUID> eventsOf(UUID personId) {
    return registrations.findByPersonIdOrderByRegisteredAtDesc(personId).stream()
        .filter(r -> r.getStatus().isActive()).map(Registration::getEventId).collect(Collectors.toSet());
  }

  @Override
  @Transactional(readOnly = true)
  public Counts countsOf(UUID eventId) {
    return new Counts(confirmedOf(eventId).size(), seats.waitlist(eventId).size());
  }

  /** Everyone who registered: seats first, then the waitlist in its order, then those who left. */
  @Transactional(readOnly = true)
  public List<Participant> of(UUID eventId) {
    List<Registration> all = registrations.findByEventIdOrderByArrival(eventId);
    Map<UUID, Person> persons = people.findAllById(all.stream().map(Registration::getPersonId).toList()).stream()
        .collect(Collectors.toMap(Person::getId, Function.identity()));
    Map<UUID, AttendanceStatus> came = attendance.of(SessionKind.EVENT, eventId).stream()
        .collect(Collectors.toMap(Attendance::getPersonId, Attendance::getStatus, (a, b) -> b));
    Map<UUID, Integer> positions = new HashMap<>();
    List<Registration> line = seats.waitlist(eventId);
    for (int i = 0; i < line.size(); i++) {
      positions.put(line.get(i).getId(), i + 1);
    }
    return all.stream()
        .sorted(Comparator.comparingInt((Registration r) -> rank(r.getStatus()))
            .thenComparing(r -> positions.getOrDefault(r.getId(), 0)).thenComparingInt(Registration::getArrival))
        .map(r -> new Participant(r.getPersonId(), Optional.ofNullable(persons.get(r.getPersonId()))
            .map(Person::getDisplayName).orElse(null), r.getStatus(), positions.get(r.getId()),
            came.get(r.getPersonId())))
        .toList();
  }

  private static int rank(RegistrationStatus status) {
    return switch (status) {
      case CONFIRMED -> 0;
      case PENDING_APPROVAL -> 1;
      case OFFERED -> 2;
      case WAITLISTED -> 3;
      case DECLINED -> 4;
      case CANCELLED -> 5;
    };
  }

  /**
   * One registrant as the host sees them.
   *
   * @param waitlistPosition only while waitlisted
   * @param attendance what was recorded for them, once the event has started
   */
  public record Participant(UUID userId, String displayName, RegistrationStatus status, Integer waitlistPosition,
      AttendanceStatus attendance) {}
}
