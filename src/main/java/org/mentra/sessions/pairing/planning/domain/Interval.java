package org.mentra.sessions.pairing.planning.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.mentra.sessions.shared.TimeRange;

/** A half-open stretch of time [start, end): two slots that touch do not overlap. */
public record Interval(Instant start, Instant end) {

  public Interval {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("An interval must end after it starts: " + start + " – " + end);
    }
  }

  public static Interval of(Instant start, Duration length) {
    return new Interval(start, start.plus(length));
  }

  /** The planning's interval of a stored or requested range (which must end after it starts). */
  public static Interval of(TimeRange range) {
    return new Interval(range.start(), range.end());
  }

  /** As the kernel's time range: how the app stores and shows it. */
  public TimeRange range() {
    return new TimeRange(start, end);
  }

  public boolean contains(Interval other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  public boolean overlaps(Interval other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  public Duration length() {
    return Duration.between(start, end);
  }

  /** Whether one of the windows contains the whole interval. */
  public boolean isInsideAny(List<Interval> windows) {
    return windows.stream().anyMatch(w -> w.contains(this));
  }

  /** Whether the interval overlaps one of the others. */
  public boolean overlapsAny(List<Interval> others) {
    return others.stream().anyMatch(this::overlaps);
  }

  /** Consecutive slots of the given length from the start, as many as fit. */
  public List<Interval> slots(Duration length) {
    List<Interval> slots = new ArrayList<>();
    for (Instant s = start; !s.plus(length).isAfter(end); s = s.plus(length)) {
      slots.add(Interval.of(s, length));
    }
    return slots;
  }

  /** The windows sorted, with overlapping or touching ones joined: 9–10 and 10–11 become 9–11. */
  public static List<Interval> merge(List<Interval> windows) {
    List<Interval> sorted = windows.stream().sorted(Comparator.comparing(Interval::start)).toList();
    List<Interval> merged = new ArrayList<>();
    for (Interval window : sorted) {
      Interval last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && !window.start.isAfter(last.end)) {
        merged.set(merged.size() - 1, new Interval(last.start, window.end.isAfter(last.end) ? window.end : last.end));
      } else {
        merged.add(window);
      }
    }
    return merged;
  }

  /** The windows with this interval cut out of them. */
  public List<Interval> cutFrom(List<Interval> windows) {
    List<Interval> rest = new ArrayList<>();
    for (Interval window : windows) {
      if (!window.overlaps(this)) {
        rest.add(window);
        continue;
      }
      if (window.start.isBefore(start)) {
        rest.add(new Interval(window.start, start));
      }
      if (window.end.isAfter(end)) {
        rest.add(new Interval(end, window.end));
      }
    }
    return rest;
  }
}
