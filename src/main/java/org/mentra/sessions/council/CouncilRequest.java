package org.mentra.sessions.council;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.mentra.sessions.shared.TimeRange;

/**
 * A council as the platform requests it ({@code POST /api/v1/councils}); the Tasklist start form
 * ends in the same record. Shape checks are here; the rules that need people and the clock are in
 * {@link CouncilRules}.
 */
public record CouncilRequest(
    @NotNull UUID menteeId,
    @NotBlank @Size(max = 200) String topic,
    @Size(max = 4000) String goals,
    @Size(max = 4000) String questions,
    @NotNull @Size(min = 3, max = 5) List<@NotNull @Valid TimeRange> proposedSlots,
    @Size(max = 5) List<@NotNull UUID> mentorIds,
    UUID leadMentorId,
    @Min(3) @Max(5) Integer mentorMinimum,
    @Min(3) @Max(5) Integer mentorMaximum) {

  public CouncilRequest {
    mentorIds = mentorIds == null ? List.of() : List.copyOf(mentorIds);
    mentorMinimum = Objects.requireNonNullElse(mentorMinimum, 3);
    mentorMaximum = Objects.requireNonNullElse(mentorMaximum, 5);
  }
}
