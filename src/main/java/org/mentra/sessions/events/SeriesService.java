package org.mentra.sessions.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mentra.sessions.events.domain.EventRepository;
import org.mentra.sessions.events.domain.EventSeries;
import org.mentra.sessions.events.domain.EventSeriesRepository;
import org.mentra.sessions.events.series.Recurrence;
import org.mentra.sessions.events.series.SeriesProperties;
import org.mentra.sessions.events.series.SeriesSchedule;
import org.mentra.sessions.events.series.SeriesSplit;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.retry.RetryOnConflict;
import org.mentra.sessions.shared.Conflict;
import org.mentra.sessions.shared.InvalidInput;
import org.mentra.sessions.shared.Refused;
import org.mentra.sessions.shared.TimeRange;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Series of group events: an RFC 5545 rule expanded in the event's zone ({@link SeriesSchedule}),
 * each occurrence an event of its own (capacity, waitlist, invites) that names the series and its
 * recurrence id. Exceptions are the occurrences' own state: one cancelled (DELETE of that event) is
 * the series' EXDATE, one moved (PUT of its time) its RECURRENCE-ID override. "This and all
 * following" splits the series the way calendar clients do ({@link SeriesSplit}): the old series ends
 * before the occurrence (UNTIL or its share of COUNT), a new one starts there and takes the change;
 * the changed occurrences' registrants get updated invites (each occurrence's {@link EventChanged}).
 */
@Service
@RetryOnConflict
public class SeriesService {

  private final EventSeriesRepository series;
  private final EventRepository events;
  private final EventService eventService;
  private final EventAudience audience;
  private final PlanLimits plans;
  private final SeriesProperties limits;
  private final EventProperties eventLimits;
  private final Clock clock;

  SeriesService(EventSeriesRepository series, EventRepository events, EventService eventService,
      EventAudience audience, PlanLimits plans, SeriesProperties limits, EventProperties eventLimits, Clock clock) {
    this.series = series;
    this.events = events;
    this.eventService = eventService;
    this.audience = audience;
    this.plans = plans;
    this.limits = limits;
    this.eventLimits = eventLimits;
    this.clock = clock;
  }

  /** A series and its occurrences by start. */
  public record SeriesState(EventSeries series, List<Event> occurrences) {

    /** The series as RFC 5545 sees it: the rule with its EXDATEs (cancelled) and RECURRENCE-ID overrides (moved). */
    public SeriesSchedule schedule() {
      Duration length = series.length();
      Set<Instant> cancelled = occurrences.stream().filter(e -> e.getStatus() == EventStatus.CANCELLED)
          .map(e -> e.getRecurrenceId().orElseThrow()).collect(Collectors.toSet());
      Map<Instant, TimeRange> moved = occurrences.stream()
          .filter(e -> e.getStatus() != EventStatus.CANCELLED && isMoved(e, length))
          .collect(Collectors.toMap(e -> e.getRecurrenceId().orElseThrow(),
              e -> new TimeRange(e.getStartsAt(), e.getEndsAt())));
      return new SeriesSchedule(series.firstStart(), series.zone(), length, series.recurrence(), cancelled, moved);
    }

    /** Whether the occurrence is not where the rule puts it. */
    public static boolean isMoved(Event occurrence, Duration length) {
      Instant id = occurrence.getRecurrenceId().orElseThrow();
      return !occurrence.getStartsAt().equals(id) || !occurrence.getEndsAt().equals(id.plus(length));
    }
  }

  /** Staff's (or the platform's) series: the first occurrence's fields, the rule and the zone in the request. */
  @Transactional
  public SeriesState create(EventRequest first, String recurrenceRule) {
    return create(first, recurrenceRule, null);
  }

  /** A member's own series, within their plan (series are Premium and up, and count once a month). */
  @Transactional
  public SeriesState create(EventRequest first, String recurrenceRule, Person host) {
    Recurrence recurrence = Recurrence.parse(recurrenceRule);
    if (first.kind() != EventKind.GROUP) {
      throw InvalidInput.of("kind", "A series is of GROUP events; paired support events are one at a time.");
    }
    if (host != null) {
      if (!host.getId().equals(first.hostId())) {
        throw Refused.forbidden("Members create series they host themselves: give your own person id ("
            + host.getId() + ") as hostId.");
      }
      plans.ensureMayCreate(host, first, true);
      eventService.ensureMayHostProfessional(host, first);
    }
    SeriesSchedule schedule = scheduleOf(first, recurrence);
    List<Instant> ids = schedule.recurrenceIds(limits);
    EventSeries created = new EventSeries(UUID.randomUUID(), null, clock.instant());
    define(created, first, schedule);
    series.save(created);
    List<Event> occurrences = new ArrayList<>();
    for (Instant id : ids) {
      occurrences.add(eventService.create(UUID.randomUUID(), at(first, id, schedule.length()), created.getId(), id));
    }
    return new SeriesState(created, occurrences);
  }

  @Transactional(readOnly = true)
  public SeriesState get(UUID id) {
    return new SeriesState(series.getOrFail(id), events.occurrencesOf(id));
  }

  /** The series the viewer may see (its host's, or with an occurrence the viewer may see), a page of them. */
  @Transactional(readOnly = true)
  public Page<SeriesState> list(EventAudience.Viewer viewer, Pageable pageable) {
    Page<EventSeries> page = viewer.staff() ? series.findAll(pageable)
        : series.visibleTo(viewer.person().map(Person::getId).orElse(null), pageable);
    return page.map(s -> new SeriesState(s, events.occurrencesOf(s.getId())));
  }

  /** The series with the occurrences the viewer may see; not found when none (and they do not host it). */
  @Transactional(readOnly = true)
  public SeriesState visible(UUID id, EventAudience.Viewer viewer) {
    SeriesState state = get(id);
    boolean hosts = viewer.person().map(Person::getId).equals(state.series().getHostId());
    List<Event> seen = viewer.staff() || hosts ? state.occurrences()
        : state.occurrences().stream().filter(e -> audience.maySee(e, viewer)).toList();
    if (seen.isEmpty() && !viewer.staff() && !hosts) {
      throw new org.mentra.sessions.shared.NotFound("Event series", id);
    }
    return new SeriesState(state.series(), seen);
  }

  /**
   * Changes the series from one occurrence on ({@code fromEventId}; null: the whole series, which
   * must have held none yet). From a later occurrence, the series is split: the old one keeps what
   * came before, a new one (returned) starts at the occurrence with the request's fields, time of day,
   * length and rule (default: what is left of the old rule). The changed occurrences take the new
   * time; cancelled ones stay cancelled. A rule that gives more occurrences adds events, fewer
   * cancels the rest.
   *
   * @param host the member acting (their own series), or null for staff
   */
  @Transactional
  public SeriesState update(UUID seriesId, EventRequest request, String recurrenceRule, UUID fromEventId,
      Person host) {
    EventSeries current = series.getOrFail(seriesId);
    List<Event> occurrences = events.occurrencesOf(seriesId);
    if (host != null) {
      if (!current.getHostId().equals(Optional.of(host.getId())) || !host.getId().equals(request.hostId())) {
        throw Refused.forbidden("Only the series' host and coordinators may change it, and it stays theirs.");
      }
      plans.ensureMayHost(host, request);
      eventService.ensureMayHostProfessional(host, request);
    }
    if (request.kind() != EventKind.GROUP) {
      throw InvalidInput.of("kind", "A series is of GROUP events.");
    }
    int from = 0;
    if (fromEventId != null) {
      from = indexOf(occurrences, fromEventId);
      if (from < 0) {
        throw InvalidInput.of("from", "The event " + fromEventId + " is not an occurrence of this series.");
      }
    }
    List<Event> following = occurrences.subList(from, occurrences.size());
    following.stream().filter(e -> e.getStatus() == EventStatus.COMPLETED).findFirst().ifPresent(held -> {
      throw new Conflict("The occurrence of " + held.getStartsAt() + " has been held; change this and the following "
          + "occurrences from a later one (?from=<its event id>).");
    });
    Recurrence rule;
    SeriesSplit split = null;
    if (from > 0) {
      split = new SeriesState(current, occurrences).schedule()
          .splitAt(occurrences.get(from).getRecurrenceId().orElseThrow(), limits);
      rule = recurrenceRule == null || recurrenceRule.isBlank() ? split.following().recurrence()
          : Recurrence.parse(recurrenceRule);
    } else {
      rule = recurrenceRule == null || recurrenceRule.isBlank() ? current.recurrence()
          : Recurrence.parse(recurrenceRule);
    }
    SeriesSchedule schedule = scheduleOf(request, rule);
    List<Instant> ids = schedule.recurrenceIds(limits);
    EventSeries target = current;
    if (split != null) {
      current.endWith(split.before().recurrence(), clock.instant());
      target = new EventSeries(UUID.randomUUID(), current.getId(), clock.instant());
    }
    define(target, request, schedule);
    series.save(target);
    // Recurrence ids are unique within a series; clear them first so that shifting them cannot collide.
    List<Event> changing = List.copyOf(following);
    UUID targetId = target.getId();
    changing.forEach(e -> e.belongTo(targetId, null));
    events.flush();
    List<Event> result = new ArrayList<>();
    for (int i = 0; i < Math.max(ids.size(), changing.size()); i++) {
      if (i >= ids.size()) {
        // the new rule has no place for it: it leaves the series, cancelled (its registrants are told)
        Event left = changing.get(i);
        left.belongTo(null, null);
        if (!left.getStatus().isOver()) {
          eventService.cancel(left);
        }
      } else if (i >= changing.size()) {
        result.add(eventService.create(UUID.randomUUID(), at(request, ids.get(i), schedule.length()), targetId,
            ids.get(i)));
      } else {
        Event occurrence = changing.get(i);
        occurrence.belongTo(targetId, ids.get(i));
        if (occurrence.getStatus() != EventStatus.CANCELLED) {
          eventService.change(occurrence, at(request, ids.get(i), schedule.length()));
        }
        result.add(occurrence);
      }
    }
    return new SeriesState(target, result);
  }

  private static int indexOf(List<Event> occurrences, UUID eventId) {
    for (int i = 0; i < occurrences.size(); i++) {
      if (occurrences.get(i).getId().equals(eventId)) {
        return i;
      }
    }
    return -1;
  }

  /** The request's schedule; an occurrence's length is checked here already, before the rule is expanded. */
  private SeriesSchedule scheduleOf(EventRequest first, Recurrence recurrence) {
    ZoneId zone = ZoneId.of(first.timezone());
    LocalDateTime firstStart = first.start().atZoneSameInstant(zone).toLocalDateTime();
    Duration length = Duration.between(first.start(), first.end());
    if (length.isZero() || length.isNegative()) {
      throw InvalidInput.of("end", "must be after start");
    }
    if (length.compareTo(eventLimits.minimumLength()) < 0 || length.compareTo(eventLimits.maximumLength()) > 0) {
      throw InvalidInput.of("end", "must be " + eventLimits.lengthRange());
    }
    return SeriesSchedule.of(firstStart, zone, length, recurrence);
  }

  private void define(EventSeries target, EventRequest request, SeriesSchedule schedule) {
    target.define(request.title().strip(), request.hostId(), schedule.firstStart(), schedule.zone(),
        schedule.length(), schedule.recurrence(), clock.instant());
  }

  private static EventRequest at(EventRequest request, Instant start, Duration length) {
    OffsetDateTime s = start.atOffset(ZoneOffset.UTC);
    return request.at(s, s.plus(length));
  }
}
