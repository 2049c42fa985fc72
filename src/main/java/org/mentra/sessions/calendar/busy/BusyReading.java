package org.mentra.sessions.calendar.busy;

import java.util.List;
import org.mentra.sessions.shared.TimeRange;

/**
 * The busy times of a feed inside a window, merged and in order. {@code capped} says a cap left some
 * out (a recurring event with too many occurrences, too many events): the times shown are busy, but
 * others may be too.
 */
public record BusyReading(List<TimeRange> busy, boolean capped) implements BusyImport {

  public BusyReading {
    busy = List.copyOf(busy);
  }
}
