package org.mentra.sessions.pairing.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.pairing.CounselorSchedule;
import org.mentra.sessions.shared.FieldProblem;
import org.mentra.sessions.shared.InvalidInput;
import org.mentra.sessions.shared.TimeRange;
import org.mentra.sessions.pairing.domain.RegistrationPreferences;

/** What the paired-support API takes. */
final class PairingRequests {

  private PairingRequests() {}

  /** A counselor's availability: windows inside the event and their slot length (default: the event's). */
  record CounselorAvailabilityRequest(
      @NotNull UUID counselorId,
      @NotNull @Size(max = 50) List<@NotNull @Valid TimeRange> windows,
      Integer slotMinutes) {}

  /**
   * A patient's sign-up: the windows they can make (to be paired), or in a self-select event one offer
   * ({@code counselorId} and {@code start}). {@code userId} is the patient's person id, as everywhere in the API.
   */
  record RegisterRequest(
      @NotNull UUID userId,
      @Size(max = 50) List<@NotNull @Valid TimeRange> availability,
      @Valid RegistrationPreferences preferences,
      UUID preferredCounselorId,
      UUID counselorId,
      OffsetDateTime start) {}

  record CompatibilityRequest(@NotNull @Min(0) @Max(100) Integer score) {}

  record CancelChatRequest(@NotNull UUID personId) {}


  /**
   * The windows as intervals, each ending after it starts and lying inside the event; 400 naming each
   * failing window ({@code windows[1].end}) otherwise.
   */
  static List<TimeRange> inside(Event event, List<TimeRange> windows, String field) {
    List<FieldProblem> problems = new ArrayList<>();
    List<TimeRange> intervals = new ArrayList<>();
    TimeRange eventWindow = CounselorSchedule.eventWindow(event);
    for (int i = 0; i < windows.size(); i++) {
      TimeRange window = windows.get(i);
      String name = field + "[" + i + "]";
      if (!window.endsAfterStart()) {
        problems.add(new FieldProblem(name + ".end", "must be after start"));
        continue;
      }
      TimeRange interval = window;
      if (!eventWindow.contains(interval)) {
        problems.add(new FieldProblem(name, "must lie inside the event (" + event.getStartsAt() + " – "
            + event.getEndsAt() + ")"));
      }
      intervals.add(interval);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput("Some windows are not usable.", problems);
    }
    return intervals;
  }
}
