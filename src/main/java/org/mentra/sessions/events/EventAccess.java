package org.mentra.sessions.events;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mentra.sessions.attendance.Attendance;
import org.mentra.sessions.attendance.AttendanceService;
import org.mentra.sessions.attendance.ParticipantRole;
import org.mentra.sessions.attendance.SessionKind;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.security.Caller;
import org.mentra.sessions.shared.NotFound;
import org.mentra.sessions.shared.Refused;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who may see and manage what belongs to an event (its resources, its feedback): its host and staff
 * manage; anyone signed in reads a public event's, only its participants a private one's. A
 * participant is someone registered ({@link EventParticipants}) or whose attendance was reported.
 */
@Component
public class EventAccess {

  /** Everyone signed in may read these; other privacies are for the event's participants. */
  private static final Set<EventPrivacy> OPEN = EnumSet.of(EventPrivacy.PUBLIC, EventPrivacy.MEMBERS);

  private final PersonRepository people;
  private final AttendanceService attendance;
  private final ObjectProvider<EventParticipants> registrations;
  private final Caller caller;

  EventAccess(PersonRepository people, AttendanceService attendance, ObjectProvider<EventParticipants> registrations,
      Caller caller) {
    this.people = people;
    this.attendance = attendance;
    this.registrations = registrations;
    this.caller = caller;
  }

  /** The person the caller signed in as, if their login belongs to one. */
  public Optional<Person> callerPerson() {
    return caller.userId().flatMap(people::findByUserId);
  }

  public boolean isHost(Event event) {
    return event.getHostId().flatMap(people::findById).filter(host -> caller.isUser(host.getUserId())).isPresent();
  }

  /** Staff and the event's host manage what belongs to it. */
  public boolean mayManage(Event event) {
    return caller.isStaff() || isHost(event);
  }

  /**
   * Refuses a caller who may not read what belongs to the event: a draft is nobody's but its host's and
   * staff's (not found, as {@code GET /events/{id}} answers), a private event its participants' only.
   */
  public void ensureMayRead(Event event) {
    if (mayManage(event)) {
      return;
    }
    if (event.getStatus() == EventStatus.DRAFT) {
      throw new NotFound("Event", event.getId());
    }
    if (OPEN.contains(event.getPrivacy())) {
      return;
    }
    if (callerPerson().filter(person -> isParticipant(event, person.getId())).isEmpty()) {
      throw Refused.forbidden("This event is " + event.getPrivacy().name().toLowerCase(Locale.ROOT)
          + ": only its registered participants, its host and coordinators see what belongs to it.");
    }
  }

  /** Registered for the event, or reported as expected at it (attendance is only reported for participants). */
  public boolean isParticipant(Event event, UUID personId) {
    return participants().isRegistered(event.getId(), personId)
        || attendance.find(SessionKind.EVENT, event.getId(), personId).isPresent();
  }

  /**
   * The registration features' sign-ups; for an event none of them knows (paired support, which keeps no
   * registrations here, or an event held before registration existed) the people whose attendance the host
   * reported stand in for them (they were expected, so they had signed up).
   */
  public EventParticipants participants() {
    return new Joined(registrations.orderedStream().toList(), new ReportedParticipants(attendance));
  }

  /** Every implementation's participants together (each feature tells of its own registrations). */
  private record Joined(List<EventParticipants> all, EventParticipants reported) implements EventParticipants {

    @Override
    public List<UUID> confirmedOf(UUID eventId) {
      List<UUID> confirmed = all.stream().flatMap(p -> p.confirmedOf(eventId).stream()).distinct().toList();
      return confirmed.isEmpty() && signUps(eventId).equals(NONE) ? reported.confirmedOf(eventId) : confirmed;
    }

    @Override
    public Set<UUID> eventsOf(UUID personId) {
      return all.stream().flatMap(p -> p.eventsOf(personId).stream()).collect(Collectors.toSet());
    }

    @Override
    public boolean isRegistered(UUID eventId, UUID personId) {
      return all.stream().anyMatch(p -> p.isRegistered(eventId, personId))
          || signUps(eventId).equals(NONE) && reported.isRegistered(eventId, personId);
    }

    @Override
    public Counts countsOf(UUID eventId) {
      Counts counts = signUps(eventId);
      return counts.equals(NONE) ? reported.countsOf(eventId) : counts;
    }

    private Counts signUps(UUID eventId) {
      return all.stream().map(p -> p.countsOf(eventId))
          .reduce(NONE, (a, b) -> new Counts(a.confirmed() + b.confirmed(), a.waitlisted() + b.waitlisted()));
    }

    private static final Counts NONE = new Counts(0, 0);
  }

  private record ReportedParticipants(AttendanceService attendance) implements EventParticipants {

    @Override
    public boolean isRegistered(UUID eventId, UUID personId) {
      return attendance.find(SessionKind.EVENT, eventId, personId).filter(r -> r.getRole() != ParticipantRole.HOST)
          .isPresent();
    }

    @Override
    public List<UUID> confirmedOf(UUID eventId) {
      return attendance.of(SessionKind.EVENT, eventId).stream().filter(r -> r.getRole() != ParticipantRole.HOST)
          .map(Attendance::getPersonId).toList();
    }

    @Override
    public Set<UUID> eventsOf(UUID personId) {
      return Set.of(); // only asked per event here
    }
  }
}
