package org.mentra.sessions.calendar.busy;

import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VFreeBusy;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.FreeBusy;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.mentra.sessions.shared.TimeRange;

/**
 * Reads the busy times inside a window from an iCalendar feed (RFC 5545) with iCal4j. Busy are the
 * VEVENTs that block time: not TRANSP:TRANSPARENT ("show as free"), not STATUS:CANCELLED; all-day
 * events are whole days in the feed's zone (X-WR-TIMEZONE, else the person's); floating times are in
 * that zone too. Recurring events (RRULE, RDATE, EXDATE, and instances overridden by RECURRENCE-ID)
 * are expanded inside the window only, over wall-clock times in the event's zone, and capped per event
 * and per feed; VFREEBUSY periods count unless FBTYPE=FREE. The result is clipped to the window and
 * merged.
 *
 * <p>Not read: RDATE periods (their start is taken, with the event's length) and RANGE=THISANDFUTURE
 * overrides (the override replaces its own instance only), both rare in published feeds.
 */
public final class BusyTimes {

  /** Iterations iCal4j may spend from an event's first start to the window (it always starts at the first). */
  private static final long MAX_STEPS_TO_WINDOW = 200_000;
  private static final Set<String> FREE_TIME = Set.of("FREE");

  private final int maxOccurrencesPerEvent;
  private final int maxBusyTimes;

  public BusyTimes(int maxOccurrencesPerEvent, int maxBusyTimes) {
    this.maxOccurrencesPerEvent = maxOccurrencesPerEvent;
    this.maxBusyTimes = maxBusyTimes;
  }

  public static BusyTimes of(BusyFeedProperties properties) {
    return new BusyTimes(properties.maxOccurrencesPerEvent(), properties.maxBusyTimes());
  }

  /** The feed is not iCalendar, or not readable as such. */
  public static final class UnreadableFeed extends RuntimeException {
    UnreadableFeed(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * The busy times of the feed that overlap the window, clipped to it.
   *
   * @param zone the zone of the feed's owner, for all-day and floating times when the feed names none
   * @throws UnreadableFeed when the text is not an iCalendar
   */
  public BusyReading read(String ics, TimeRange window, ZoneId zone) {
    Calendar calendar = parse(ics);
    ZoneId feedZone = feedZone(calendar).orElse(zone);
    Reading reading = new Reading(window, feedZone);
    Map<String, List<VEvent>> byUid = new LinkedHashMap<>();
    int anonymous = 0;
    for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
      String uid = event.<Property>getProperty(Property.UID).map(Property::getValue).orElse("#" + anonymous++);
      byUid.computeIfAbsent(uid, u -> new ArrayList<>()).add(event);
    }
    for (List<VEvent> events : byUid.values()) {
      readEvent(events, reading);
    }
    for (VFreeBusy freeBusy : calendar.<VFreeBusy>getComponents(Component.VFREEBUSY)) {
      for (Property property : freeBusy.getProperties(Property.FREEBUSY)) {
        String type = property.getParameter(Parameter.FBTYPE).map(Parameter::getValue).orElse("BUSY");
        if (!FREE_TIME.contains(type.toUpperCase(java.util.Locale.ROOT))) {
          ((FreeBusy) property).getIntervals().forEach(i -> reading.add(new TimeRange(i.getStart(), i.getEnd())));
        }
      }
    }
    return new BusyReading(TimeRange.merge(reading.busy), reading.capped);
  }

  private static Calendar parse(String ics) {
    if (ics == null || !ics.stripLeading().regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15)) {
      throw new UnreadableFeed("The feed is not an iCalendar file (it does not begin with BEGIN:VCALENDAR).");
    }
    try {
      return new CalendarBuilder().build(new StringReader(ics));
    } catch (IOException | ParserException | RuntimeException e) {
      throw new UnreadableFeed("The feed is not a readable iCalendar file"
          + (e instanceof ParserException p ? " (line " + p.getLineNo() + ")." : "."));
    }
  }

  private static Optional<ZoneId> feedZone(Calendar calendar) {
    return calendar.<Property>getProperty("X-WR-TIMEZONE").map(Property::getValue).flatMap(id -> {
      try {
        return Optional.of(ZoneId.of(id.strip()));
      } catch (DateTimeException unknown) {
        return Optional.empty();
      }
    });
  }

  /** The instances of one UID: the master with its rule, and the instances its owner changed. */
  private void readEvent(List<VEvent> events, Reading reading) {
    Map<Instant, VEvent> overrides = new HashMap<>();
    VEvent master = null;
    for (VEvent event : events) {
      Optional<DateProperty<Temporal>> id = event.getProperty(Property.RECURRENCE_ID);
      if (id.isPresent()) {
        Instant key = reading.instant(id.get().getDate());
        overrides.put(key, event);
        if (blocksTime(event)) {
          single(event, reading).ifPresent(reading::add);
        }
      } else if (master == null) {
        master = event;
      }
    }
    if (master == null || !blocksTime(master)) {
      return;
    }
    Optional<DateProperty<Temporal>> start = master.getProperty(Property.DTSTART);
    if (start.isEmpty()) {
      return;
    }
    Temporal first = start.get().getDate();
    TemporalAmount length = length(master, first);
    List<Temporal> starts = starts(master, first, length, reading);
    for (Temporal s : starts) {
      if (!overrides.containsKey(reading.instant(s))) {
        reading.add(reading.range(s, length));
      }
    }
  }

  /** The starts of a master's instances that may overlap the window: DTSTART, the rules' and RDATEs, less EXDATEs. */
  private List<Temporal> starts(VEvent master, Temporal first, TemporalAmount length, Reading reading) {
    List<Temporal> starts = new ArrayList<>();
    starts.add(first);
    List<RRule<Temporal>> rules = master.getProperties(Property.RRULE);
    for (RRule<Temporal> rule : rules) {
      starts.addAll(expand(rule.getRecur(), first, length, reading));
    }
    for (Property rdate : master.getProperties(Property.RDATE)) {
      starts.addAll(((DateListProperty<Temporal>) rdate).getDates());
    }
    Set<Instant> excluded = master.getProperties(Property.EXDATE).stream()
        .flatMap(p -> ((DateListProperty<Temporal>) p).getDates().stream())
        .map(reading::instant).collect(Collectors.toSet());
    Map<Instant, Temporal> distinct = new LinkedHashMap<>();
    for (Temporal s : starts) {
      Instant key = reading.instant(s);
      if (!excluded.contains(key) && reading.range(s, length).overlaps(reading.window)) {
        distinct.putIfAbsent(key, s);
      }
    }
    return new ArrayList<>(distinct.values());
  }

  /**
   * The rule's instances near the window, expanded over wall-clock times in the event's zone (a
   * daylight-saving change moves the UTC instant, not the time of day); UNTIL, an instant, is applied
   * here rather than compared by iCal4j with local times.
   */
  private List<Temporal> expand(Recur<Temporal> recur, Temporal first, TemporalAmount length, Reading reading) {
    Recur<Temporal> rule = new Recur.Builder<>(recur).until(null).build();
    Instant until = recur.getUntil() == null ? null : reading.untilInstant(recur.getUntil());
    ZoneId zone = reading.zoneOf(first);
    Instant from = reading.window.start().minus(approximately(length));
    Instant to = until != null && until.isBefore(reading.window.end()) ? until : reading.window.end();
    if (to.isBefore(from)) {
      return List.of();
    }
    if (stepsFrom(reading.instant(first), to, rule) > MAX_STEPS_TO_WINDOW) {
      reading.capped = true; // e.g. a minutely rule from years ago: left out rather than tie up the server
      return List.of();
    }
    List<Temporal> found = new ArrayList<>();
    if (first instanceof LocalDate date) {
      Recur<LocalDate> days = new Recur<>(rule.toString());
      LocalDate fromDay = LocalDate.ofInstant(from, zone).minusDays(1);
      LocalDate toDay = LocalDate.ofInstant(to, zone).plusDays(1);
      found.addAll(days.getDates(date, fromDay, toDay, maxOccurrencesPerEvent + 1));
    } else {
      LocalDateTime seed = LocalDateTime.ofInstant(reading.instant(first), zone);
      Recur<LocalDateTime> times = new Recur<>(rule.toString());
      List<LocalDateTime> locals = times.getDates(seed, LocalDateTime.ofInstant(from, zone).minusHours(3),
          LocalDateTime.ofInstant(to, zone).plusHours(3), maxOccurrencesPerEvent + 1);
      locals.forEach(local -> found.add(ZonedDateTime.of(local, zone)));
    }
    if (found.size() > maxOccurrencesPerEvent) {
      reading.capped = true;
      found.subList(maxOccurrencesPerEvent, found.size()).clear();
    }
    return until == null ? found : found.stream().filter(s -> !reading.instant(s).isAfter(until)).toList();
  }

  /** How many steps of its frequency the rule takes from its first instance to the end of the window. */
  private static long stepsFrom(Instant first, Instant to, Recur<?> rule) {
    ChronoUnit unit = switch (rule.getFrequency()) {
      case SECONDLY -> ChronoUnit.SECONDS;
      case MINUTELY -> ChronoUnit.MINUTES;
      case HOURLY -> ChronoUnit.HOURS;
      case DAILY -> ChronoUnit.DAYS;
      case WEEKLY -> ChronoUnit.WEEKS;
      case MONTHLY -> ChronoUnit.MONTHS;
      case YEARLY -> ChronoUnit.YEARS;
    };
    long seconds = Math.max(0, Duration.between(first, to).getSeconds());
    long steps = seconds / unit.getDuration().getSeconds();
    return rule.getFrequency() == Frequency.YEARLY || rule.getFrequency() == Frequency.MONTHLY ? steps : steps
        / Math.max(1, rule.getInterval());
  }

  /** A single VEVENT (an override, or an event without rule) as a busy time. */
  private static Optional<TimeRange> single(VEvent event, Reading reading) {
    Optional<DateProperty<Temporal>> start = event.getProperty(Property.DTSTART);
    return start.map(s -> reading.range(s.getDate(), length(event, s.getDate())));
  }

  private static boolean blocksTime(VEvent event) {
    String transparency = event.<Property>getProperty(Property.TRANSP).map(Property::getValue).orElse("OPAQUE");
    String status = event.<Property>getProperty(Property.STATUS).map(Property::getValue).orElse("CONFIRMED");
    return !transparency.equalsIgnoreCase("TRANSPARENT") && !status.equalsIgnoreCase("CANCELLED");
  }

  /** DTEND − DTSTART, or DURATION; without either a day for an all-day event and nothing for others (RFC 5545). */
  private static TemporalAmount length(VEvent event, Temporal start) {
    Optional<net.fortuna.ical4j.model.property.Duration> duration = event.getProperty(Property.DURATION);
    if (duration.isPresent()) {
      return duration.get().getDuration();
    }
    Optional<DateProperty<Temporal>> end = event.getProperty(Property.DTEND);
    if (end.isPresent()) {
      Temporal e = end.get().getDate();
      if (start instanceof LocalDate s && e instanceof LocalDate d) {
        return Period.between(s, d);
      }
      if (start instanceof LocalDateTime s && e instanceof LocalDateTime d) {
        return Duration.between(s, d);
      }
      return Duration.between(Instant.from(ofZoned(start)), Instant.from(ofZoned(e)));
    }
    return start instanceof LocalDate ? Period.ofDays(1) : Duration.ZERO;
  }

  private static Temporal ofZoned(Temporal t) {
    return t instanceof LocalDateTime l ? l.atOffset(ZoneOffset.UTC) : t instanceof LocalDate d
        ? d.atStartOfDay(ZoneOffset.UTC) : t;
  }

  private static Duration approximately(TemporalAmount length) {
    return length instanceof Period p ? Duration.ofDays(p.toTotalMonths() * 31 + p.getDays() + 1) : (Duration) length;
  }

  /** What has been read so far, and how the feed's times are placed. */
  private final class Reading {

    final TimeRange window;
    final ZoneId zone;
    final List<TimeRange> busy = new ArrayList<>();
    boolean capped;

    Reading(TimeRange window, ZoneId zone) {
      this.window = window;
      this.zone = zone;
    }

    void add(TimeRange range) {
      if (!range.endsAfterStart() || !range.overlaps(window)) {
        return;
      }
      if (busy.size() >= maxBusyTimes) {
        capped = true;
        return;
      }
      busy.add(new TimeRange(later(range.start(), window.start()), earlier(range.end(), window.end())));
    }

    /** The zone the event's wall-clock times are in: its TZID, UTC, or the feed's for floating and all-day times. */
    ZoneId zoneOf(Temporal t) {
      if (t instanceof ZonedDateTime z) {
        return z.getZone();
      }
      if (t instanceof OffsetDateTime o) {
        return o.getOffset();
      }
      return zone;
    }

    Instant instant(Temporal t) {
      if (t instanceof LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
      }
      if (t instanceof LocalDateTime local) {
        return ZonedDateTime.of(local, zone).toInstant();
      }
      return Instant.from(t);
    }

    /** UNTIL as an instant: a date means through the end of that day. */
    Instant untilInstant(Temporal until) {
      return until instanceof LocalDate date ? date.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1)
          : instant(until);
    }

    TimeRange range(Temporal start, TemporalAmount length) {
      if (start instanceof LocalDate date) {
        LocalDate end = date.plus(length instanceof Period ? length : Period.ofDays(
            (int) Math.max(1, ((Duration) length).toDays())));
        return new TimeRange(date.atStartOfDay(zone).toInstant(), end.atStartOfDay(zone).toInstant());
      }
      ZonedDateTime zoned = start instanceof ZonedDateTime z ? z
          : start instanceof OffsetDateTime o ? o.toZonedDateTime()
          : ZonedDateTime.of((LocalDateTime) start, zone);
      return new TimeRange(zoned.toInstant(), zoned.plus(length).toInstant());
    }
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
