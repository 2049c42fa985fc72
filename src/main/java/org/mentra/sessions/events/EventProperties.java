package org.mentra.sessions.events;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits of events ({@code mentra.events}): the slot length a paired support event starts from when
 * none is given, and the shortest and longest slot anyone may choose; how short and how long an event
 * may be, and how far ahead it may start. An event is a gathering of hours, not of months: every page
 * and mail about it (a counselor's half-hours, its links' expiry) stays of a size people can use.
 *
 * @param minimumLength the shortest event
 * @param maximumLength the longest event; longer gatherings are several events
 * @param latestStart how far ahead of now an event may start at the latest
 */
public record EventProperties(Duration defaultSlotLength, Duration minimumSlotLength, Duration maximumSlotLength,
    Duration minimumLength, Duration maximumLength, Duration latestStart) {

  public EventProperties {
    Objects.requireNonNull(defaultSlotLength, "mentra.events.default-slot-length");
    Objects.requireNonNull(minimumSlotLength, "mentra.events.minimum-slot-length");
    Objects.requireNonNull(maximumSlotLength, "mentra.events.maximum-slot-length");
    Objects.requireNonNull(minimumLength, "mentra.events.minimum-length");
    Objects.requireNonNull(maximumLength, "mentra.events.maximum-length");
    Objects.requireNonNull(latestStart, "mentra.events.latest-start");
    if (minimumSlotLength.compareTo(defaultSlotLength) > 0 || defaultSlotLength.compareTo(maximumSlotLength) > 0) {
      throw new IllegalArgumentException("mentra.events: minimum-slot-length <= default-slot-length <= "
          + "maximum-slot-length is required, got " + minimumSlotLength + ", " + defaultSlotLength + ", "
          + maximumSlotLength);
    }
    if (minimumLength.isZero() || minimumLength.isNegative() || minimumLength.compareTo(maximumLength) > 0
        || maximumLength.compareTo(minimumSlotLength) < 0 || latestStart.isZero() || latestStart.isNegative()) {
      throw new IllegalArgumentException("mentra.events: 0 < minimum-length <= maximum-length, maximum-length >= "
          + "minimum-slot-length and a positive latest-start are required, got " + minimumLength + ", "
          + maximumLength + ", " + latestStart);
    }
  }

  /** Whether a slot of this many minutes is allowed. */
  public boolean allowsSlot(int minutes) {
    Duration slot = Duration.ofMinutes(minutes);
    return slot.compareTo(minimumSlotLength) >= 0 && slot.compareTo(maximumSlotLength) <= 0;
  }

  /** "between 15 and 240 minutes", for error messages. */
  public String slotRange() {
    return "between " + minimumSlotLength.toMinutes() + " and " + maximumSlotLength.toMinutes() + " minutes";
  }

  /** "between 15 and 1440 minutes after start", for error messages. */
  public String lengthRange() {
    return "between " + minimumLength.toMinutes() + " and " + maximumLength.toMinutes() + " minutes after start";
  }
}
