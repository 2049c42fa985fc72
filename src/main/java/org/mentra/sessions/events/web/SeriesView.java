package org.mentra.sessions.events.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventStatus;
import org.mentra.sessions.events.SeriesService.SeriesState;
import org.mentra.sessions.events.domain.EventSeries;

/** A series as the API shows it: its rule, in RFC 5545 and in words, and its occurrences by start. */
public record SeriesView(
    UUID id,
    String title,
    UUID hostId,
    String timezone,
    String recurrenceRule,
    @Schema(example = "weekly on Tuesday, 10 times") String recurrence,
    @Schema(description = "The first occurrence's wall-clock start in the zone") LocalDateTime firstStart,
    long lengthMinutes,
    @Schema(description = "The series this one was split from (\"this and all following\")") UUID splitFrom,
    List<OccurrenceView> occurrences) {

  /**
   * @param recurrenceId its start as the rule gives it (RFC 5545 RECURRENCE-ID)
   * @param moved whether it is elsewhere than the rule puts it
   */
  public record OccurrenceView(UUID eventId, Instant recurrenceId, Instant start, Instant end, EventStatus status,
      boolean moved) {}

  static SeriesView of(SeriesState state) {
    EventSeries s = state.series();
    return new SeriesView(s.getId(), s.getTitle(), s.getHostId().orElse(null), s.zone().getId(),
        s.recurrence().rule(), s.recurrence().describe(), s.firstStart(), s.length().toMinutes(),
        s.getSplitFrom().orElse(null), state.occurrences().stream().map(e -> occurrence(e, state)).toList());
  }

  private static OccurrenceView occurrence(Event e, SeriesState state) {
    return new OccurrenceView(e.getId(), e.getRecurrenceId().orElse(null), e.getStartsAt(), e.getEndsAt(),
        e.getStatus(), e.getRecurrenceId().isPresent() && SeriesState.isMoved(e, state.series().length()));
  }
}
