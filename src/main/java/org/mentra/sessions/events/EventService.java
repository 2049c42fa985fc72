package org.mentra.sessions.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.mentra.sessions.events.domain.EventRepository;
import org.mentra.sessions.meeting.MeetingRoomProvider;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.retry.RetryOnConflict;
import org.mentra.sessions.shared.Conflict;
import org.mentra.sessions.shared.FieldProblem;
import org.mentra.sessions.shared.InvalidInput;
import org.mentra.sessions.shared.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, changing, publishing and cancelling events. Publishing, changing and cancelling are
 * announced as {@link EventPublished} / {@link EventChanged} / {@link EventCancelled} in the same
 * transaction, so the feature that runs the event's process starts or stops it atomically with the
 * change (and may refuse it), and registrants are told. What a kind adds is checked and kept by its
 * feature's {@link EventKindExtension}, in the same transaction too.
 *
 * <p>Who acts: staff (coordinators, the platform) create and change any event; a member creates and
 * changes group events they host themselves, within their plan ({@link PlanLimits}). The methods with
 * a {@code host} parameter are the member's; the others are staff's and the platform's own.
 */
@Service
@RetryOnConflict
public class EventService {

  private final EventRepository events;
  private final EventKinds kinds;
  private final PersonRepository people;
  private final EventProperties properties;
  private final PlanLimits plans;
  private final List<HostEligibility> hostRules;
  private final MeetingRoomProvider meetingRooms;
  private final ApplicationEventPublisher publisher;
  private final Clock clock;

  EventService(EventRepository events, EventKinds kinds, PersonRepository people, EventProperties properties,
      PlanLimits plans, List<HostEligibility> hostRules, MeetingRoomProvider meetingRooms,
      ApplicationEventPublisher publisher, Clock clock) {
    this.events = events;
    this.kinds = kinds;
    this.people = people;
    this.properties = properties;
    this.plans = plans;
    this.hostRules = List.copyOf(hostRules);
    this.meetingRooms = meetingRooms;
    this.publisher = publisher;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Event get(UUID id) {
    return events.getOrFail(id);
  }

  @Transactional(readOnly = true)
  public Page<Event> list(EventKind kind, EventStatus status, boolean staff, Pageable pageable) {
    EnumSet<EventStatus> statuses = status != null ? EnumSet.of(status)
        : staff ? EnumSet.allOf(EventStatus.class) : EnumSet.of(EventStatus.PUBLISHED, EventStatus.COMPLETED);
    if (!staff) {
      statuses.retainAll(EnumSet.of(EventStatus.PUBLISHED, EventStatus.COMPLETED));
    }
    if (statuses.isEmpty()) {
      return Page.empty(pageable);
    }
    return events.search(kind, statuses, staff, pageable);
  }

  @Transactional
  public Event create(EventRequest request) {
    return create(UUID.randomUUID(), request);
  }

  /** With a given id, for data whose ids must stay the same across runs (the demo). */
  @Transactional
  public Event create(UUID id, EventRequest request) {
    return create(id, request, null, null);
  }

  /** A member's own group event: they host it, and their plan decides whether they may (a 403 says why not). */
  @Transactional
  public Event create(EventRequest request, Person host) {
    ensureHostsItself(request, host);
    plans.ensureMayCreate(host, request, false);
    ensureMayHostProfessional(host, request);
    return create(UUID.randomUUID(), request, null, null);
  }

  /**
   * An event that was already held, recorded as completed (the demo's past evening): the checks of
   * what is to come (a start in the future) do not apply.
   */
  @Transactional
  public Event recordHeld(UUID id, EventRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    checkFields(request, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInput("The event has invalid fields.", problems);
    }
    Event event = new Event(id, request.kind(), clock.instant());
    describe(event, request);
    event.schedule(request.start().toInstant(), request.end().toInstant(), ZoneId.of(request.timezone()));
    events.save(event);
    kinds.save(event, request);
    event.changeStatus(EventStatus.PUBLISHED, clock.instant());
    event.changeStatus(EventStatus.COMPLETED, clock.instant());
    return event;
  }

  /** A new event, or an occurrence of a series (then with its series id and recurrence id). */
  Event create(UUID id, EventRequest request, UUID seriesId, Instant recurrenceId) {
    EventStatus status = Objects.requireNonNullElse(request.status(), EventStatus.PUBLISHED);
    if (status != EventStatus.DRAFT && status != EventStatus.PUBLISHED) {
      throw InvalidInput.of("status", "A new event is DRAFT or PUBLISHED.");
    }
    Schedule schedule = validate(request);
    Event event = new Event(id, request.kind(), clock.instant());
    describe(event, request);
    event.schedule(schedule.start(), schedule.end(), schedule.zone());
    event.belongTo(seriesId, recurrenceId);
    giveRoomIfVirtual(event);
    events.save(event);
    kinds.save(event, request);
    if (status == EventStatus.PUBLISHED) {
      publish(event);
    }
    return event;
  }

  /** Replaces what may change; its kind may refuse a change (a published paired support event keeps its time). */
  @Transactional
  public Event update(UUID id, EventRequest request) {
    return change(get(id), request);
  }

  /** A member changes an event they host, within their plan. */
  @Transactional
  public Event update(UUID id, EventRequest request, Person host) {
    Event event = get(id);
    ensureManages(event, host);
    ensureHostsItself(request, host);
    plans.ensureMayHost(host, request);
    ensureMayHostProfessional(host, request);
    return change(event, request);
  }

  Event change(Event event, EventRequest request) {
    if (event.getStatus().isOver()) {
      throw new Conflict("The event is " + event.getStatus().name().toLowerCase(Locale.ROOT)
          + " and can no longer change.");
    }
    if (request.kind() != event.getKind()) {
      throw new Conflict("An event keeps its kind (" + event.getKind() + "); create a new event instead.");
    }
    if (request.status() == EventStatus.DRAFT && event.isPublished()) {
      throw new Conflict("A published event cannot become a draft again; cancel it with DELETE instead.");
    }
    if (request.status() != null && request.status().isOver()) {
      throw InvalidInput.of("status", "Cancel an event with DELETE; it completes by itself.");
    }
    Schedule schedule = validate(request);
    kinds.checkChange(event, request);
    Snapshot before = Snapshot.of(event);
    Integer capacityBefore = event.getMaxParticipants().orElse(null);
    describe(event, request);
    event.schedule(schedule.start(), schedule.end(), schedule.zone());
    giveRoomIfVirtual(event);
    event.touched(clock.instant());
    kinds.save(event, request);
    Snapshot after = Snapshot.of(event);
    if (request.status() == EventStatus.PUBLISHED && !event.isPublished()) {
      publish(event);
    } else if (event.isPublished() && (!before.equals(after)
        || !java.util.Objects.equals(capacityBefore, event.getMaxParticipants().orElse(null)))) {
      // a larger capacity offers seats to the waitlist; registrants hear only of what their invite shows
      publisher.publishEvent(new EventChanged(event.getId(), event.getKind(), !before.time().equals(after.time())));
    }
    return event;
  }

  /**
   * A draft is deleted; a published event is cancelled (and its process tells everyone). An
   * occurrence of a series is always kept, cancelled: the series shows it as left out (EXDATE).
   */
  @Transactional
  public void delete(UUID id) {
    cancel(get(id));
  }

  /** A member cancels an event they host. */
  @Transactional
  public void delete(UUID id, Person host) {
    Event event = get(id);
    ensureManages(event, host);
    cancel(event);
  }

  void cancel(Event event) {
    switch (event.getStatus()) {
      case DRAFT -> {
        if (event.getSeriesId().isPresent()) {
          event.changeStatus(EventStatus.CANCELLED, clock.instant());
        } else {
          events.delete(event);
        }
      }
      case PUBLISHED -> {
        event.changeStatus(EventStatus.CANCELLED, clock.instant());
        publisher.publishEvent(new EventCancelled(event.getId(), event.getKind()));
      }
      default -> throw new Conflict("The event is already " + event.getStatus().name().toLowerCase(Locale.ROOT)
          + ".");
    }
  }

  /** Marks a published event as held; its process calls this when the event is over. */
  @Transactional
  public void complete(UUID id) {
    Event event = get(id);
    if (event.isPublished()) {
      event.changeStatus(EventStatus.COMPLETED, clock.instant());
    }
  }

  /**
   * A member's own professional event (or series) asks the other modules' {@link HostEligibility} rules (the
   * safety module's host verification); staff's events are not asked.
   */
  void ensureMayHostProfessional(Person host, EventRequest request) {
    EventType.parse(request.eventType()).filter(EventType::isProfessional)
        .ifPresent(type -> hostRules.forEach(rule -> rule.ensureMayHost(host, type)));
  }

  /** Refuses (403) a member who neither hosts the event nor is staff. */
  public void ensureManages(Event event, Person host) {
    if (!event.getHostId().map(host.getId()::equals).orElse(false)) {
      throw Refused.forbidden("Only the event's host and coordinators may manage '" + event.getTitle() + "'.");
    }
  }

  private static void ensureHostsItself(EventRequest request, Person host) {
    if (!host.getId().equals(request.hostId())) {
      throw Refused.forbidden("Members create and change events they host themselves: give your own person id ("
          + host.getId() + ") as hostId.");
    }
    if (request.kind() != EventKind.GROUP) {
      throw Refused.forbidden("Coordinators create " + request.kind() + " events; members host GROUP events.");
    }
  }

  private void publish(Event event) {
    event.changeStatus(EventStatus.PUBLISHED, clock.instant());
    publisher.publishEvent(new EventPublished(event.getId(), event.getKind()));
  }

  /** A group event that meets online gets its room once (paired support's rooms are its chats'). */
  private void giveRoomIfVirtual(Event event) {
    if (event.getKind() == EventKind.GROUP && event.getFormat() != EventFormat.PHYSICAL
        && event.getMeetingUrl().isEmpty()) {
      event.giveRoom(meetingRooms.createRoom("event-" + event.getId(), event.getTitle()).url());
    }
  }

  private void describe(Event event, EventRequest request) {
    EventFormat format = Objects.requireNonNullElse(request.format(), EventFormat.VIRTUAL);
    event.describe(request.title().trim(), blankToNull(request.description()),
        EventType.parse(request.eventType()).orElse(null),
        request.theme() == null || request.theme().isBlank() ? null : request.theme().trim().toLowerCase(Locale.ROOT),
        format, request.hostId(), request.maxParticipants(),
        Objects.requireNonNullElse(request.privacy(), EventPrivacy.PUBLIC), request.planRequired(),
        Boolean.TRUE.equals(request.requiresApproval()));
    event.place(format == EventFormat.VIRTUAL ? null : EventLocation.cleaned(request.location()), request.metadata());
  }

  private Schedule validate(EventRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    Instant start = request.start().toInstant();
    Instant end = request.end().toInstant();
    Duration length = Duration.between(start, end);
    if (!end.isAfter(start)) {
      problems.add(new FieldProblem("end", "must be after start"));
    } else if (length.compareTo(properties.minimumLength()) < 0 || length.compareTo(properties.maximumLength()) > 0) {
      problems.add(new FieldProblem("end", "must be " + properties.lengthRange()));
    }
    Instant now = clock.instant();
    Instant latestStart = now.plus(properties.latestStart());
    if (!start.isAfter(now)) {
      problems.add(new FieldProblem("start", "must be in the future"));
    } else if (start.isAfter(latestStart)) {
      problems.add(new FieldProblem("start", "must be no later than " + latestStart.truncatedTo(ChronoUnit.MINUTES)
          + " (at most " + properties.latestStart().toDays() + " days ahead)"));
    }
    checkFields(request, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInput("The event has invalid fields.", problems);
    }
    return new Schedule(start, end, ZoneId.of(request.timezone()));
  }

  /** What is checked of every event, to come or held: host, type, location, metadata, the kind's fields. */
  private void checkFields(EventRequest request, List<FieldProblem> problems) {
    if (request.hostId() != null && !people.existsById(request.hostId())) {
      problems.add(new FieldProblem("hostId", "no person with this id"));
    }
    if (request.eventType() != null && !request.eventType().isBlank()
        && EventType.parse(request.eventType()).isEmpty()) {
      problems.add(new FieldProblem("eventType", "must be one of " + EventType.allowed()));
    }
    EventFormat format = Objects.requireNonNullElse(request.format(), EventFormat.VIRTUAL);
    EventLocation location = EventLocation.cleaned(request.location());
    if (format != EventFormat.VIRTUAL && (location == null || location.address() == null)) {
      problems.add(new FieldProblem("location.address", "a " + format.name().toLowerCase(Locale.ROOT)
          + " event needs the address where it meets"));
    }
    if (format == EventFormat.VIRTUAL && location != null) {
      problems.add(new FieldProblem("location", "a virtual event meets online; make it HYBRID to give a place too"));
    }
    EventMetadata.check(request.metadata(), problems);
    kinds.check(request, problems);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private record Schedule(Instant start, Instant end, ZoneId zone) {}

  /** What registrants are told about when it changes. */
  private record Snapshot(String title, String description, List<Instant> time, EventFormat format,
      EventLocation location, String meetingUrl) {
    static Snapshot of(Event e) {
      return new Snapshot(e.getTitle(), e.getDescription().orElse(null), List.of(e.getStartsAt(), e.getEndsAt()),
          e.getFormat(), e.getLocation().orElse(null), e.getMeetingUrl().orElse(null));
    }
  }
}
