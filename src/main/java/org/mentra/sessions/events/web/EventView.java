package org.mentra.sessions.events.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventFormat;
import org.mentra.sessions.events.EventKind;
import org.mentra.sessions.events.EventKindFields;
import org.mentra.sessions.events.EventLocation;
import org.mentra.sessions.events.EventPrivacy;
import org.mentra.sessions.events.EventStatus;
import org.mentra.sessions.events.EventType;
import org.mentra.sessions.people.Plan;

/**
 * An event as the API shows it, with the fields its kind adds ({@link EventKindFields}). The meeting
 * room is shown to its host and staff only (those registered get it with their invite).
 */
public record EventView(
    UUID id,
    String title,
    String description,
    EventType eventType,
    String theme,
    EventKind kind,
    EventFormat format,
    UUID hostId,
    Instant start,
    Instant end,
    String timezone,
    Integer maxParticipants,
    EventPrivacy privacy,
    Plan planRequired,
    boolean requiresApproval,
    Integer slotMinutes,
    String pairingMode,
    EventStatus status,
    Instant createdAt,
    EventLocation location,
    @Schema(description = "Host and staff only") String meetingUrl,
    Map<String, Object> metadata,
    @Schema(description = "The series this event is an occurrence of") UUID seriesId,
    @Schema(description = "An occurrence's start as its series' rule gives it (RFC 5545 RECURRENCE-ID)")
    Instant recurrenceId) {

  static EventView of(Event e, EventKindFields kind) {
    return of(e, kind, false);
  }

  static EventView of(Event e, EventKindFields kind, boolean showRoom) {
    return new EventView(e.getId(), e.getTitle(), e.getDescription().orElse(null), e.getEventType().orElse(null),
        e.getTheme().orElse(null), e.getKind(), e.getFormat(), e.getHostId().orElse(null), e.getStartsAt(),
        e.getEndsAt(), e.zone().getId(), e.getMaxParticipants().orElse(null), e.getPrivacy(),
        e.getPlanRequired().orElse(null), e.isRequiresApproval(), kind.slotMinutes(), kind.pairingMode(),
        e.getStatus(), e.getCreatedAt(), e.getLocation().orElse(null), showRoom ? e.getMeetingUrl().orElse(null) : null,
        e.getMetadata().isEmpty() ? null : e.getMetadata(), e.getSeriesId().orElse(null),
        e.getRecurrenceId().orElse(null));
  }
}
