package org.mentra.sessions.council;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.mentra.sessions.calendar.BusyCalendars;
import org.mentra.sessions.calendar.BusyCalendars.BusyLookup;
import org.mentra.sessions.shared.TimeRange;
import org.springframework.stereotype.Service;

/**
 * What a mentor's own calendar says about a council's proposed slots, for the availability request
 * (mail and page) and the time selection. Reading a calendar may take seconds (a feed fetch): callers
 * ask before they take locks (PersonLocks, lockInOrder), never while holding them.
 */
@Service
public class MentorCalendars {

  private final BusyCalendars busyCalendars;

  MentorCalendars(BusyCalendars busyCalendars) {
    this.busyCalendars = busyCalendars;
  }

  /** The mentor's busy times over the span of the slots (one lookup for all of them). */
  public SlotsBusy forSlots(UUID mentorId, List<TimeRange> slots) {
    if (slots.isEmpty()) {
      return SlotsBusy.NONE;
    }
    Instant from = slots.stream().map(TimeRange::start).min(Comparator.naturalOrder()).orElseThrow();
    Instant to = slots.stream().map(TimeRange::end).max(Comparator.naturalOrder()).orElseThrow();
    BusyLookup lookup = busyCalendars.lookup(mentorId, new TimeRange(from, to));
    return new SlotsBusy(lookup.busy(), lookup.notice());
  }

  /**
   * A mentor's busy times around some slots.
   *
   * @param problem for the mentor, when the calendar could not be (fully) read; null otherwise
   */
  public record SlotsBusy(List<TimeRange> busy, String problem) {

    public static final SlotsBusy NONE = new SlotsBusy(List.of(), null);

    public SlotsBusy {
      busy = List.copyOf(busy);
    }

    /** Whether the calendar shows the mentor busy during any part of the slot. */
    public boolean during(TimeRange slot) {
      return slot.overlapsAny(busy);
    }
  }
}
