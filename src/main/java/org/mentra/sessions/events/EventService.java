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
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.retry.RetryOnConflict;
import org.mentra.sessions.shared.Conflict;
import org.mentra.sessions.shared.InvalidInput;
import org.mentra.sessions.shared.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.mentra.sessions.events.domain.EventRepository;

/**
 * Creating, changing, publishing and cancelling events. Publishing and cancelling are announced as
 * {@link EventPublished} / {@link EventCancelled} in the same transaction, so the feature that runs
 * the event's process starts or stops it atomically with the change (and may refuse it). What a kind
 * adds is checked and kept by its feature's {@link EventKindExtension}, in the same transaction too.
 */
@Service
@RetryOnConflict
public class EventService {

  private final EventRepository events;
  private final EventKinds kinds;
  private final PersonRepository people;
  private final EventProperties properties;
  private final ApplicationEventPublisher publisher;
  private final Clock clock;

  EventService(EventRepository events, EventKinds kinds, PersonRepository people, EventProperties properties,
      ApplicationEventPublisher publisher, Clock clock) {
    this.events = events;
    this.kinds = kinds;
    this.people = people;
    this.properties = properties;
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
    EventStatus status = Objects.requireNonNullElse(request.status(), EventStatus.PUBLISHED);
    if (status != EventStatus.DRAFT && status != EventStatus.PUBLISHED) {
      throw InvalidInput.of("status", "A new event is DRAFT or PUBLISHED.");
    }
    Schedule schedule = validate(request);
    Event event = new Event(id, request.kind(), clock.instant());
    describe(event, request);
    event.schedule(schedule.start(), schedule.end(), schedule.zone());
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
    Event event = get(id);
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
    describe(event, request);
    event.schedule(schedule.start(), schedule.end(), schedule.zone());
    event.touched(clock.instant());
    kinds.save(event, request);
    if (request.status() == EventStatus.PUBLISHED && !event.isPublished()) {
      publish(event);
    }
    publisher.publishEvent(new EventChanged(event.getId(), event.getKind()));
    return event;
  }

  /** A draft is deleted; a published event is cancelled (and its process tells everyone). */
  @Transactional
  public void delete(UUID id) {
    Event event = get(id);
    switch (event.getStatus()) {
      case DRAFT -> events.delete(event);
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

  private void publish(Event event) {
    event.changeStatus(EventStatus.PUBLISHED, clock.instant());
    publisher.publishEvent(new EventPublished(event.getId(), event.getKind()));
  }

  private void describe(Event event, EventRequest request) {
    event.describe(request.title().trim(), blankToNull(request.description()), blankToNull(request.eventType()),
        request.theme() == null || request.theme().isBlank() ? null : request.theme().trim().toLowerCase(Locale.ROOT),
        Objects.requireNonNullElse(request.format(), EventFormat.VIRTUAL), request.hostId(),
        request.maxParticipants(), Objects.requireNonNullElse(request.privacy(), EventPrivacy.PUBLIC),
        request.planRequired(), Boolean.TRUE.equals(request.requiresApproval()));
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
    if (request.hostId() != null && !people.existsById(request.hostId())) {
      problems.add(new FieldProblem("hostId", "no person with this id"));
    }
    kinds.check(request, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInput("The event has invalid fields.", problems);
    }
    return new Schedule(start, end, ZoneId.of(request.timezone()));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private record Schedule(Instant start, Instant end, ZoneId zone) {}
}
