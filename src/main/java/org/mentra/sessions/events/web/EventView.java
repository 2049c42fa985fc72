package org.mentra.sessions.events.web;

import java.time.Instant;
import java.util.UUID;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventFormat;
import org.mentra.sessions.events.EventKind;
import org.mentra.sessions.events.EventKindFields;
import org.mentra.sessions.events.EventPrivacy;
import org.mentra.sessions.events.EventStatus;

/** An event as the API shows it, with the fields its kind adds ({@link EventKindFields}). */
public record EventView(
    UUID id,
    String title,
    String description,
    String eventType,
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
    Instant createdAt) {

  static EventView of(Event e, EventKindFields kind) {
    return new EventView(e.getId(), e.getTitle(), e.getDescription().orElse(null), e.getEventType().orElse(null),
        e.getTheme().orElse(null), e.getKind(), e.getFormat(), e.getHostId().orElse(null), e.getStartsAt(),
        e.getEndsAt(), e.zone().getId(), e.getMaxParticipants().orElse(null), e.getPrivacy(),
        e.getPlanRequired().orElse(null), e.isRequiresApproval(), kind.slotMinutes(), kind.pairingMode(),
        e.getStatus(), e.getCreatedAt());
  }
}
