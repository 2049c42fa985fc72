package org.mentra.sessions.events;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits of events ({@code mentra.events}): the slot length a paired support event starts from when
 * none is given, and the shortest and longest slot anyone may choose.
 */
public record EventProperties(Duration defaultSlotLength, Duration minimumSlotLength, Duration maximumSlotLength) {

  public EventProperties {
    Objects.requireNonNull(defaultSlotLength, "mentra.events.default-slot-length");
    Objects.requireNonNull(minimumSlotLength, "mentra.events.minimum-slot-length");
    Objects.requireNonNull(maximumSlotLength, "mentra.events.maximum-slot-length");
    if (minimumSlotLength.compareTo(defaultSlotLength) > 0 || defaultSlotLength.compareTo(maximumSlotLength) > 0) {
      throw new IllegalArgumentException("mentra.events: minimum-slot-length <= default-slot-length <= "
          + "maximum-slot-length is required, got " + minimumSlotLength + ", " + defaultSlotLength + ", "
          + maximumSlotLength);
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
}
