package org.mentra.sessions.events;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/**
 * Where a physical or hybrid event meets: the address (required for them), how to get there and
 * what to know about access (steps, lifts, quiet room).
 */
@Embeddable
public record EventLocation(
    @Column(name = "location_address") @Size(max = 500) String address,
    @Column(name = "location_directions") @Size(max = 2000) String directions,
    @Column(name = "location_accessibility") @Size(max = 2000) String accessibilityNotes) {

  /** The same with blank parts left out; null when nothing is left. */
  static EventLocation cleaned(EventLocation location) {
    if (location == null) {
      return null;
    }
    EventLocation cleaned = new EventLocation(blankToNull(location.address), blankToNull(location.directions),
        blankToNull(location.accessibilityNotes));
    return cleaned.address == null && cleaned.directions == null && cleaned.accessibilityNotes == null ? null : cleaned;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
