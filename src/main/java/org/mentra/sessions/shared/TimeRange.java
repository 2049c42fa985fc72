package org.mentra.sessions.shared;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A half-open stretch of time [start, end) in UTC: two ranges that touch do not overlap. The one
 * start–end value of every module, in the API (ISO-8601 with an offset), in entities (embedded, each
 * entity naming its columns) and in planning. It does not refuse an end before the start, so that a
 * request can be answered with the field at fault; {@link #endsAfterStart()} says whether it is usable.
 */
@Embeddable
public record TimeRange(@NotNull Instant start, @NotNull Instant end) {

  public static TimeRange starting(Instant start, Duration length) {
    return new TimeRange(start, start.plus(length));
  }

  public boolean endsAfterStart() {
    return start != null && end != null && end.isAfter(start);
  }

  public Duration length() {
    return Duration.between(start, end);
  }

  public boolean overlaps(TimeRange other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  public boolean contains(TimeRange other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  public boolean contains(Instant instant) {
    return !instant.isBefore(start) && instant.isBefore(end);
  }

  /** Whether one of the ranges contains the whole of this one. */
  public boolean isInsideAny(List<TimeRange> ranges) {
    return ranges.stream().anyMatch(r -> r.contains(this));
  }

  /** Whether this range overlaps one of the others. */
  public boolean overlapsAny(List<TimeRange> others) {
    return others.stream().anyMatch(this::overlaps);
  }

  /** Consecutive ranges of the given length from the start, as many as fit. */
  public List<TimeRange> slots(Duration length) {
    if (length.isZero() || length.isNegative()) {
      throw new IllegalArgumentException("A slot must have a length: " + length);
    }
    List<TimeRange> slots = new ArrayList<>();
    for (Instant s = start; !s.plus(length).isAfter(end); s = s.plus(length)) {
      slots.add(starting(s, length));
    }
    return slots;
  }

  /** The ranges sorted, with overlapping or touching ones joined: 9–10 and 10–11 become 9–11. */
  public static List<TimeRange> merge(List<TimeRange> ranges) {
    List<TimeRange> sorted = ranges.stream().sorted(Comparator.comparing(TimeRange::start)).toList();
    List<TimeRange> merged = new ArrayList<>();
    for (TimeRange range : sorted) {
      TimeRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && !range.start.isAfter(last.end)) {
        merged.set(merged.size() - 1, new TimeRange(last.start, range.end.isAfter(last.end) ? range.end : last.end));
      } else {
        merged.add(range);
      }
    }
    return merged;
  }

  /** The ranges with this one cut out of them. */
  public List<TimeRange> cutFrom(List<TimeRange> ranges) {
    List<TimeRange> rest = new ArrayList<>();
    for (TimeRange range : ranges) {
      if (!range.overlaps(this)) {
        rest.add(range);
        continue;
      }
      if (range.start.isBefore(start)) {
        rest.add(new TimeRange(range.start, start));
      }
      if (range.end.isAfter(end)) {
        rest.add(new TimeRange(end, range.end));
      }
    }
    return rest;
  }
}
