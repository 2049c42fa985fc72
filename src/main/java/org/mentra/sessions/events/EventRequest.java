package org.mentra.sessions.events;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.mentra.sessions.people.IanaTimeZone;
import org.mentra.sessions.people.Plan;

/**
 * An event as the platform creates or replaces it. Published unless {@code status} is DRAFT.
 *
 * @param slotMinutes paired support: the slot length counselors start from (default: the configured one)
 * @param pairingMode paired support: AUTOMATIC (the default) or SELF_SELECT; the kind's
 *     {@link EventKindExtension} checks and keeps both
 */
public record EventRequest(
    @NotBlank @Size(max = 200) String title,
    @Size(max = 4000) String description,
    @Size(max = 60) String eventType,
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
    EventStatus status) {}
