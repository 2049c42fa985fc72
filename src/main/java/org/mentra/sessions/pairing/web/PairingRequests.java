package org.mentra.sessions.pairing.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.mentra.sessions.pairing.domain.RegistrationPreferences;

/** What the paired-support API takes. */
final class PairingRequests {

  private PairingRequests() {}

  /** A counselor's availability: windows inside the event and their slot length (default: the event's). */
  record CounselorAvailabilityRequest(
      @NotNull UUID counselorId,
      @NotNull @Size(max = 50) List<@NotNull @Valid WindowRequest> windows,
      Integer slotMinutes) {}

  /**
   * A patient's sign-up: the windows they can make (to be paired), or in a self-select event one offer
   * ({@code counselorId} and {@code start}). {@code userId} is the patient's person id, as everywhere in the API.
   */
  record RegisterRequest(
      @NotNull UUID userId,
      @Size(max = 50) List<@NotNull @Valid WindowRequest> availability,
      @Valid RegistrationPreferences preferences,
      UUID preferredCounselorId,
      UUID counselorId,
      OffsetDateTime start) {}

  record CompatibilityRequest(@NotNull @Min(0) @Max(100) Integer score) {}

  record CancelChatRequest(@NotNull UUID personId) {}

  record BlockRequest(@Size(max = 500) String reason) {}
}
