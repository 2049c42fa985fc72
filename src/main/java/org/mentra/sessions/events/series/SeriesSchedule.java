package org.mentra.sessions.events.series;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.mentra.sessions.shared.InvalidInput;
import org.mentra.sessions.shared.TimeRange;

/**
 * When the occurrences of a series are: the first one's start as a wall-clock time in the event's
 * IANA zone, their length and the rule, with cancelled (EXDATE) and moved (RECURRENCE-ID) occurrences
 * named by their recurrence id. The rule is expanded in the zone, not in UTC, so a weekly 18:00
 * Berlin meeting stays at 18:00 Berlin across daylight-saving changes and its UTC instant shifts.
 *
 * <p>A wall-clock time that does not exist on a day (02:30 when clocks spring forward) is moved
 * forward by the length of the gap (03:30), as RFC 5545 3.3.5 says and calendar clients do; one that
 * exists twice (02:30 when clocks fall back) is the first of the two. iCal4j expands the rule over
 * wall-clock times and {@link ZonedDateTime#of} places each in the zone, which does both; expanding
 * zoned times instead would carry one day's shift into every later week.
 */
public record SeriesSchedule(LocalDateTime firstStart, ZoneId zone, Duration length, Recurrence recurrence,
    Set<Instant> cancelled, Map<Instant, TimeRange> moved) {

  public SeriesSchedule {
    if (firstStart == null || zone == null || length == null || recurrence == null) {
      throw new IllegalArgumentException("A series schedule needs a first start, a zone, a length and a rule");
    }
    if (length.isZero() || length.isNegative()) {
      throw InvalidInput.of("end", "An occurrence must end after it starts.");
    }
    cancelled = Set.copyOf(cancelled == null ? Set.of() : cancelled);
    moved = Map.copyOf(moved == null ? Map.of() : moved);
  }

  /** A series without exceptions. */
  public static SeriesSchedule of(LocalDateTime firstStart, ZoneId zone, Duration length, Recurrence recurrence) {
    return new SeriesSchedule(firstStart, zone, length, recurrence, Set.of(), Map.of());
  }

  public SeriesSchedule withCancelled(Set<Instant> cancelled) {
    return new SeriesSchedule(firstStart, zone, length, recurrence, cancelled, moved);
  }

  public SeriesSchedule withMoved(Map<Instant, TimeRange> moved) {
    return new SeriesSchedule(firstStart, zone, length, recurrence, cancelled, moved);
  }

  /** The first occurrence's start as an instant (after the gap rule, see above). */
  public Instant firstInstant() {
    return ZonedDateTime.of(firstStart, zone).toInstant();
  }

  /**
   * Every occurrence, by start (a moved one where it was moved to). Refuses a rule beyond the limits
   * ({@code recurrenceRule}) and exceptions that name no occurrence of the rule.
   */
  public List<Occurrence> occurrences(SeriesProperties limits) {
    List<Instant> ids = recurrenceIds(limits);
    checkExceptions(new TreeSet<>(ids));
    return ids.stream().map(this::occurrence)
        .sorted(Comparator.comparing((Occurrence o) -> o.time().start()).thenComparing(Occurrence::recurrenceId))
        .toList();
  }

  /**
   * The recurrence ids the rule gives, in order: the starts of its occurrences before any exception.
   * The first occurrence must be one of the rule's (RFC 5545 leaves a DTSTART out of step with its
   * rule undefined, and clients disagree), the series must have ended within the horizon and have no
   * more than the maximum of occurrences.
   */
  public List<Instant> recurrenceIds(SeriesProperties limits) {
    ZonedDateTime seed = ZonedDateTime.of(firstStart, zone);
    Instant horizonEnd = seed.plus(limits.horizon()).toInstant();
    Instant until = recurrence.until().orElse(null);
    if (until != null && until.isAfter(horizonEnd)) {
      throw beyondHorizon(limits);
    }
    List<Instant> starts = recurrence.wallClock()
        .getDates(firstStart, firstStart, firstStart.plus(limits.horizon()).plusDays(1), limits.maxOccurrences() + 1)
        .stream()
        .map(local -> ZonedDateTime.of(local, zone).toInstant())
        .filter(start -> !start.isAfter(until == null ? horizonEnd : until))
        .toList();
    if (starts.isEmpty() || !starts.get(0).equals(seed.toInstant())) {
      throw Recurrence.invalid("The first occurrence (" + seed.getDayOfWeek() + " " + seed.toLocalDate()
          + ") is not one the rule " + recurrence.rule() + " makes: start the series on a day of the rule.");
    }
    if (starts.size() > limits.maxOccurrences()) {
      throw Recurrence.invalid("The rule " + recurrence.rule() + " makes more than " + limits.maxOccurrences()
          + " occurrences; a series has at most " + limits.maxOccurrences()
          + " (use a smaller COUNT or an earlier UNTIL).");
    }
    if (recurrence.count().isPresent() && starts.size() < recurrence.count().getAsInt()) {
      throw beyondHorizon(limits);
    }
    return starts;
  }

  private InvalidInput beyondHorizon(SeriesProperties limits) {
    return Recurrence.invalid("The rule " + recurrence.rule() + " goes on more than " + limits.horizon()
        + " after the first occurrence; a series must end within " + limits.horizon()
        + " (use a smaller COUNT or an earlier UNTIL).");
  }

  /**
   * "This and all following" at the occurrence with the given recurrence id: the old series keeps
   * the occurrences before it, the new one starts with it at the same wall-clock time. Exceptions go
   * with the part their occurrence is in. A COUNT rule is shared out (COUNT=10 split at the 4th: 3 and
   * 7); an UNTIL rule ends the old part one second before the split occurrence, in UTC, and the new
   * part keeps the old UNTIL.
   */
  public SeriesSplit splitAt(Instant recurrenceId, SeriesProperties limits) {
    List<Instant> ids = recurrenceIds(limits);
    int index = ids.indexOf(recurrenceId);
    if (index < 0) {
      throw InvalidInput.of("recurrenceId", "The series has no occurrence starting at " + recurrenceId + ".");
    }
    if (index == 0) {
      throw InvalidInput.of("recurrenceId", "This is the first occurrence: change the whole series instead of "
          + "splitting it.");
    }
    Recurrence before = recurrence.count().isPresent()
        ? recurrence.withCount(index)
        : recurrence.withUntil(recurrenceId.minusSeconds(1));
    Recurrence following = recurrence.count().isPresent()
        ? recurrence.withCount(recurrence.count().getAsInt() - index)
        : recurrence;
    // The nominal wall-clock time, not the split occurrence's: 02:30 moved to 03:30 by a gap stays 02:30 after it.
    LocalDateTime followingStart = LocalDateTime.of(recurrenceId.atZone(zone).toLocalDate(), firstStart.toLocalTime());
    if (!ZonedDateTime.of(followingStart, zone).toInstant().equals(recurrenceId)) {
      // Only a rule whose occurrence falls on another day than its start in the zone could get here.
      throw new IllegalStateException("The occurrence " + recurrenceId + " is not at the series' time of day");
    }
    return new SeriesSplit(
        new SeriesSchedule(firstStart, zone, length, before,
            only(cancelled, id -> id.isBefore(recurrenceId)), only(moved, id -> id.isBefore(recurrenceId))),
        new SeriesSchedule(followingStart, zone, length, following,
            only(cancelled, id -> !id.isBefore(recurrenceId)), only(moved, id -> !id.isBefore(recurrenceId))));
  }

  private Occurrence occurrence(Instant id) {
    if (cancelled.contains(id)) {
      return new Occurrence(id, TimeRange.starting(id, length), true, false);
    }
    TimeRange movedTo = moved.get(id);
    return movedTo != null
        ? new Occurrence(id, movedTo, false, true)
        : new Occurrence(id, TimeRange.starting(id, length), false, false);
  }

  private void checkExceptions(Set<Instant> ids) {
    List<String> unknownCancelled = cancelled.stream().filter(id -> !ids.contains(id)).sorted().map(Instant::toString).toList();
    if (!unknownCancelled.isEmpty()) {
      throw InvalidInput.of("cancelledOccurrences", "The series has no occurrence starting at "
          + String.join(", ", unknownCancelled) + ".");
    }
    List<String> unknownMoved = moved.keySet().stream().filter(id -> !ids.contains(id)).sorted().map(Instant::toString).toList();
    if (!unknownMoved.isEmpty()) {
      throw InvalidInput.of("movedOccurrences", "The series has no occurrence starting at "
          + String.join(", ", unknownMoved) + ".");
    }
    for (Map.Entry<Instant, TimeRange> entry : new TreeMap<>(moved).entrySet()) {
      if (cancelled.contains(entry.getKey())) {
        throw InvalidInput.of("movedOccurrences", "The occurrence at " + entry.getKey()
            + " is cancelled; it cannot be moved as well.");
      }
      if (entry.getValue() == null || !entry.getValue().endsAfterStart()) {
        throw InvalidInput.of("movedOccurrences", "The occurrence at " + entry.getKey()
            + " must be moved to a time that ends after it starts.");
      }
    }
  }

  private static Set<Instant> only(Set<Instant> ids, java.util.function.Predicate<Instant> keep) {
    return ids.stream().filter(keep).collect(Collectors.toSet());
  }

  private static Map<Instant, TimeRange> only(Map<Instant, TimeRange> moved, java.util.function.Predicate<Instant> keep) {
    return moved.entrySet().stream().filter(e -> keep.test(e.getKey()))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
