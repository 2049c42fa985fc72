package org.mentra.sessions.council;

import java.time.Instant;
import java.util.List;
import org.mentra.sessions.council.domain.Availability;
import org.mentra.sessions.shared.TimeRange;

/**
 * A mentor's answer, from the one-click page or the API.
 *
 * @param conflictNote replaces the earlier note; null leaves it as it was
 * @param alternatives replace the earlier proposals; null leaves them as they were
 */
public record MentorAnswer(List<SlotAnswer> slots, String conflictNote, List<TimeRange> alternatives) {

  public MentorAnswer {
    slots = List.copyOf(slots);
    alternatives = alternatives == null ? null : List.copyOf(alternatives);
  }

  /** The answer for the proposed slot that starts at {@code slotStart}. */
  public record SlotAnswer(Instant slotStart, Availability answer) {}
}
