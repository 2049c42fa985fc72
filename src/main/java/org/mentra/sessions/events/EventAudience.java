package org.mentra.sessions.events;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mentra.sessions.attendance.Attendance;
import org.mentra.sessions.attendance.AttendanceService;
import org.mentra.sessions.attendance.ParticipantRole;
import org.mentra.sessions.attendance.SessionKind;
import org.mentra.sessions.events.EventParticipants.Counts;
import org.mentra.sessions.events.domain.EventInvitee;
import org.mentra.sessions.events.domain.EventInviteeRepository;
import org.mentra.sessions.events.domain.EventListing;
import org.mentra.sessions.events.domain.EventRepository;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.retry.RetryOnConflict;
import org.mentra.sessions.security.Caller;
import org.mentra.sessions.shared.Conflict;
import org.mentra.sessions.shared.FieldProblem;
import org.mentra.sessions.shared.InvalidInput;
import org.mentra.sessions.shared.NotFound;
import org.mentra.sessions.shared.Refused;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who an event is for, the one place that says it: who may see it, who is invited, who takes part, who
 * manages it. Public and members' events are seen by every member once published; drafts by their host
 * and staff; private and invite-only events only by their host, their invitees, those registered
 * ({@link EventParticipants}) and staff. Only invitees may register for an invite-only event
 * ({@link #isInvited}). What belongs to an event (resources, feedback) is read by whoever may see a
 * public or members' event, and only by its participants, its host and staff for a private one (an
 * invitee who has not registered sees the event, not its material); the host and staff manage it.
 * A host's private and invite-only events are hidden from those the host blocked ({@link EventVisibility}).
 */
@Service
@RetryOnConflict
public class EventAudience {

  private static final int MAX_INVITEES_AT_ONCE = 200;
  private static final Set<EventPrivacy> OPEN = EnumSet.of(EventPrivacy.PUBLIC, EventPrivacy.MEMBERS);
  private static final Counts NONE = new Counts(0, 0);

  private final EventRepository events;
  private final EventInviteeRepository invitees;
  private final PersonRepository people;
  private final Joined participants;
  private final List<EventVisibility> visibility;
  private final EventService service;
  private final Caller caller;
  private final Clock clock;

  EventAudience(EventRepository events, EventInviteeRepository invitees, PersonRepository people,
      List<EventParticipants> registrations, List<EventVisibility> visibility, AttendanceService attendance,
      EventService service, Caller caller, Clock clock) {
    this.events = events;
    this.invitees = invitees;
    this.people = people;
    this.participants = new Joined(List.copyOf(registrations), new ReportedParticipants(attendance));
    this.visibility = visibility;
    this.service = service;
    this.caller = caller;
    this.clock = clock;
  }

  /** The hosts whose private and invite-only events the person may not see ({@link EventVisibility}). */
  private Set<UUID> hostsHiddenFrom(UUID personId) {
    Set<UUID> hidden = new LinkedHashSet<>();
    visibility.forEach(v -> hidden.addAll(v.hostsHiddenFrom(personId)));
    return hidden;
  }

  /** What the events list is filtered by; every part is optional, {@code from}/{@code to} select overlapping events. */
  public record Filter(EventKind kind, EventStatus status, EventType eventType, EventFormat format, String theme,
      UUID hostId, Instant from, Instant to, String text) {}

  /** Who looks: a member (their person, if they have one) or staff. */
  public record Viewer(Optional<Person> person, boolean staff) {

    public static Viewer staffMember() {
      return new Viewer(Optional.empty(), true);
    }
  }

  /** Everyone confirmed for the event (see {@link #participants()}). */
  @Transactional(readOnly = true)
  public List<UUID> confirmedOf(UUID eventId) {
    return participants.confirmedOf(eventId);
  }

  private Set<UUID> registeredEventsOf(UUID personId) {
    return participants.eventsOf(personId);
  }

  /**
   * Who signed up, as the registration features tell it; for an event none of them knows (paired support,
   * which keeps no registrations here, or an event held before registration existed) the people whose
   * attendance the host reported stand in (they were expected, so they had signed up).
   */
  public EventParticipants participants() {
    return participants;
  }

  /** Registered for the event, or reported as expected at it (attendance is only reported for participants). */
  @Transactional(readOnly = true)
  public boolean isParticipant(Event event, UUID personId) {
    return participants.isRegistered(event.getId(), personId)
        || participants.reported().isRegistered(event.getId(), personId);
  }

  /** The person the caller signed in as, if their login belongs to one. */
  public Optional<Person> callerPerson() {
    return caller.userId().flatMap(people::findByUserId);
  }

  /** How the caller looks at events: staff, or the member they signed in as. */
  public Viewer callerViewer() {
    return caller.isStaff() ? Viewer.staffMember() : new Viewer(callerPerson(), false);
  }

  /** Staff and the event's host manage what belongs to it. */
  public boolean mayManage(Event event) {
    return caller.isStaff() || mayManage(event, callerViewer());
  }

  /** The same for a viewer already looked up: a page of events asks once, not once per event. */
  public boolean mayManage(Event event, Viewer viewer) {
    return viewer.staff() || viewer.person().map(p -> event.getHostId().equals(Optional.of(p.getId()))).orElse(false);
  }

  /**
   * Refuses a caller who may not read what belongs to the event: one they may not see does not exist for
   * them (as {@code GET /events/{id}} answers), a private event's material is its participants' only.
   */
  @Transactional(readOnly = true)
  public void ensureMayRead(Event event) {
    Viewer viewer = callerViewer();
    if (!maySee(event, viewer)) {
      throw new NotFound("Event", event.getId());
    }
    if (mayManage(event) || OPEN.contains(event.getPrivacy())) {
      return;
    }
    if (viewer.person().filter(person -> isParticipant(event, person.getId())).isEmpty()) {
      throw Refused.forbidden("This event is " + event.getPrivacy().name().toLowerCase(Locale.ROOT)
          + ": only its registered participants, its host and coordinators see what belongs to it.");
    }
  }

  /** Whether the viewer may see the event (else it does not exist for them: a 404, not a 403). */
  @Transactional(readOnly = true)
  public boolean maySee(Event event, Viewer viewer) {
    if (viewer.staff()) {
      return true;
    }
    Optional<UUID> me = viewer.person().map(Person::getId);
    boolean hosts = me.isPresent() && event.getHostId().equals(me);
    if (event.getStatus() == EventStatus.DRAFT) {
      return hosts;
    }
    if (!event.isRestricted() || hosts) {
      return true;
    }
    if (me.isPresent() && event.getHostId().filter(hostsHiddenFrom(me.get())::contains).isPresent()) {
      return false;
    }
    return me.isPresent() && (invitees.existsByEventIdAndPersonId(event.getId(), me.get())
        || isParticipant(event, me.get()));
  }

  /** The event, when the viewer may see it; else not found. */
  @Transactional(readOnly = true)
  public Event visible(UUID eventId, Viewer viewer) {
    Event event = events.getOrFail(eventId);
    if (!maySee(event, viewer)) {
      throw new NotFound("Event", eventId);
    }
    return event;
  }

  /** The events the viewer may see that match the filter, a page of them. */
  @Transactional(readOnly = true)
  public Page<Event> find(Filter filter, Viewer viewer, Pageable pageable) {
    if (filter.from() != null && filter.to() != null && !filter.to().isAfter(filter.from())) {
      throw InvalidInput.of("to", "must be after from");
    }
    String theme = filter.theme() == null || filter.theme().isBlank() ? null
        : filter.theme().strip().toLowerCase(Locale.ROOT);
    String pattern = filter.text() == null || filter.text().isBlank() ? null
        : "%" + escaped(filter.text().strip().toLowerCase(Locale.ROOT)) + "%";
    EventListing.ListFilter where = new EventListing.ListFilter(filter.kind(), filter.status(), filter.eventType(),
        filter.format(), theme, filter.hostId(), filter.from(), filter.to(), pattern);
    if (viewer.staff()) {
      return events.list(where, pageable);
    }
    UUID me = viewer.person().map(Person::getId).orElse(null);
    Set<UUID> registered = me == null ? Set.of() : registeredEventsOf(me);
    Set<UUID> hidden = me == null ? Set.of() : hostsHiddenFrom(me);
    return events.listVisible(where, me, registered, hidden, pageable);
  }

  /** The text as a literal part of a {@code like} pattern whose escape character is {@code !}. */
  private static String escaped(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  /** Who is invited to the event, earliest first. */
  @Transactional(readOnly = true)
  public List<EventInvitee> invitees(UUID eventId) {
    events.getOrFail(eventId);
    return invitees.findByEventIdOrderByInvitedAt(eventId);
  }

  /** Whether the person is invited to the event. */
  @Transactional(readOnly = true)
  public boolean isInvited(UUID eventId, UUID personId) {
    return invitees.existsByEventIdAndPersonId(eventId, personId);
  }

  /**
   * Invites these people to a private or invite-only event (again: nothing changes); the host (a
   * member acting, or null for staff) manages the list. Returns the whole list.
   */
  @Transactional
  public List<EventInvitee> invite(UUID eventId, Collection<UUID> personIds, Person host) {
    Event event = manageable(eventId, host);
    if (personIds == null || personIds.isEmpty() || personIds.size() > MAX_INVITEES_AT_ONCE) {
      throw InvalidInput.of("userIds", "between 1 and " + MAX_INVITEES_AT_ONCE + " person ids at once");
    }
    List<FieldProblem> problems = new ArrayList<>();
    personIds.stream().distinct().filter(id -> id == null || !people.existsById(id))
        .forEach(id -> problems.add(new FieldProblem("userIds", "no person with the id " + id)));
    if (!problems.isEmpty()) {
      throw new InvalidInput("Some invitees are unknown.", problems);
    }
    Instant now = clock.instant();
    personIds.stream().distinct().filter(id -> !invitees.existsByEventIdAndPersonId(eventId, id))
        .forEach(id -> invitees.save(new EventInvitee(event.getId(), id, now)));
    return invitees.findByEventIdOrderByInvitedAt(eventId);
  }

  /** Takes an invitation back (a registration already made stays: cancel that separately). */
  @Transactional
  public void uninvite(UUID eventId, UUID personId, Person host) {
    manageable(eventId, host);
    invitees.delete(invitees.findByEventIdAndPersonId(eventId, personId)
        .orElseThrow(() -> new NotFound("Invitee", personId)));
  }

  private Event manageable(UUID eventId, Person host) {
    Event event = events.getOrFail(eventId);
    if (host != null) {
      service.ensureManages(event, host);
    }
    if (!event.isRestricted()) {
      throw new Conflict("'" + event.getTitle() + "' is " + event.getPrivacy().name().toLowerCase(Locale.ROOT)
          + ": only private and invite-only events have invitees.");
    }
    if (event.getStatus().isOver()) {
      throw new Conflict("The event is " + event.getStatus().name().toLowerCase(Locale.ROOT) + ".");
    }
    return event;
  }

  /** Every registration feature's participants together (each tells of its own registrations). */
  private record Joined(List<EventParticipants> all, EventParticipants reported) implements EventParticipants {

    @Override
    public List<UUID> confirmedOf(UUID eventId) {
      List<UUID> confirmed = all.stream().flatMap(p -> p.confirmedOf(eventId).stream()).distinct().toList();
      return confirmed.isEmpty() && signUps(eventId).equals(NONE) ? reported.confirmedOf(eventId) : confirmed;
    }

    @Override
    public Set<UUID> eventsOf(UUID personId) {
      Set<UUID> registered = new LinkedHashSet<>();
      all.forEach(p -> registered.addAll(p.eventsOf(personId)));
      return registered;
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
  }

  /** The people whose attendance at the event was reported, its host left out. */
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
