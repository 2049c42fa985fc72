package org.mentra.sessions.events.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.mentra.sessions.events.EventFormat;
import org.mentra.sessions.events.EventKind;
import org.mentra.sessions.events.EventLocation;
import org.mentra.sessions.events.EventPrivacy;
import org.mentra.sessions.events.EventRequest;
import org.mentra.sessions.events.EventStatus;
import org.mentra.sessions.people.IanaTimeZone;
import org.mentra.sessions.people.Plan;

/**
 * A series: the first occurrence's event fields (start and end are the first occurrence's), the rule
 * and the zone the rule is expanded in. On a change, the rule may be left out (the series keeps its own).
 */
public record SeriesRequest(
    @NotBlank @Size(max = 200) String title,
    @Size(max = 4000) String description,
    @Size(max = 60) String eventType,
    @Size(max = 60) String theme,
    @Schema(description = "GROUP (the default; series are of group events)") EventKind kind,
    EventFormat format,
    @NotNull OffsetDateTime start,
    @NotNull OffsetDateTime end,
    @NotBlank @IanaTimeZone @Schema(example = "Europe/Berlin") String timezone,
    UUID hostId,
    @Min(1) Integer maxParticipants,
    EventPrivacy privacy,
    Plan planRequired,
    Boolean requiresApproval,
    EventStatus status,
    @Valid EventLocation location,
    Map<String, Object> metadata,
    @Size(max = 500) @Schema(description = "An RFC 5545 RRULE that ends (COUNT or UNTIL in UTC), DAILY at the most",
        example = "FREQ=WEEKLY;BYDAY=TU;COUNT=10") String recurrenceRule) {

  EventRequest event() {
    return new EventRequest(title, description, eventType, theme, kind == null ? EventKind.GROUP : kind, format,
        start, end, timezone, hostId, maxParticipants, privacy, planRequired, requiresApproval, null, null, status,
        location, metadata);
  }
}
