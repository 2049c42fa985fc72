package org.mentra.sessions.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.mentra.sessions.people.IanaTimeZone;
import org.mentra.sessions.people.Plan;

/**
 * An event as the platform creates or replaces it. Published unless {@code status} is DRAFT.
 *
 * @param eventType one of {@link EventType}, as its constant or its words ("skill-building workshop")
 * @param hostId the hosting person; members create events they host themselves, staff for anyone
 * @param slotMinutes paired support: the slot length counselors start from (default: the configured one)
 * @param pairingMode paired support: AUTOMATIC (the default) or SELF_SELECT; the kind's
 *     {@link EventKindExtension} checks and keeps both
 * @param location physical and hybrid events: where (the address is required for them)
 * @param metadata a small flat object of plain values (see {@link EventMetadata})
 */
public record EventRequest(
    @NotBlank @Size(max = 200) String title,
    @Size(max = 4000) String description,
    @Size(max = 60) @Schema(example = "SKILL_BUILDING_WORKSHOP") String eventType,
    @Size(max = 60) String theme,
    @NotNull EventKind kind,
    EventFormat format,
    @NotNull OffsetDateTime start,
    @NotNull OffsetDateTime end,
    @NotBlank @IanaTimeZone String timezone,
    UUID hostId,
    @Min(1) Integer maxParticipants,
    EventPrivacy privacy,
    Plan planRequired,
    Boolean requiresApproval,
    Integer slotMinutes,
    String pairingMode,
    EventStatus status,
    @Valid EventLocation location,
    Map<String, Object> metadata) {

  /** The canonical constructor is the one JSON binds (the shorter one is for code). */
  @JsonCreator
  public EventRequest {}

  /** Without location and metadata (paired support, and callers from before they existed). */
  public EventRequest(String title, String description, String eventType, String theme, EventKind kind,
      EventFormat format, OffsetDateTime start, OffsetDateTime end, String timezone, UUID hostId,
      Integer maxParticipants, EventPrivacy privacy, Plan planRequired, Boolean requiresApproval, Integer slotMinutes,
      String pairingMode, EventStatus status) {
    this(title, description, eventType, theme, kind, format, start, end, timezone, hostId, maxParticipants, privacy,
        planRequired, requiresApproval, slotMinutes, pairingMode, status, null, null);
  }

  /** The same request at another time (an occurrence of a series). */
  public EventRequest at(OffsetDateTime start, OffsetDateTime end) {
    return new EventRequest(title, description, eventType, theme, kind, format, start, end, timezone, hostId,
        maxParticipants, privacy, planRequired, requiresApproval, slotMinutes, pairingMode, status, location, metadata);
  }

  /** The same request with another status. */
  public EventRequest withStatus(EventStatus status) {
    return new EventRequest(title, description, eventType, theme, kind, format, start, end, timezone, hostId,
        maxParticipants, privacy, planRequired, requiresApproval, slotMinutes, pairingMode, status, location, metadata);
  }
}
