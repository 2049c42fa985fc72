package org.mentra.sessions.pairing.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.mentra.sessions.pairing.planning.domain.Interval;
import org.mentra.sessions.shared.TimeRange;
import org.mentra.sessions.pairing.domain.Chat;
import org.mentra.sessions.pairing.domain.ChatStatus;
import org.mentra.sessions.pairing.domain.Compatibility;
import org.mentra.sessions.pairing.domain.CounselorAvailability;
import org.mentra.sessions.pairing.domain.RegistrationPreferences;
import org.mentra.sessions.pairing.domain.RegistrationStatus;
import org.mentra.sessions.pairing.domain.SupportRegistration;

/** What the paired-support API answers. */
final class PairingViews {

  private PairingViews() {}

  /** Windows and slots as the API shows them: {@code {"start": …, "end": …}}. */
  static List<TimeRange> ranges(List<Interval> intervals) {
    return intervals.stream().map(Interval::range).toList();
  }

  /** A chat with the names of the people in it beside their ids, so a coordinator can read the list. */
  record ChatView(UUID id, UUID eventId, UUID patientId, String patientName, UUID volunteerId, String volunteerName,
      Instant start, Instant end, int compatibility, ChatStatus status, UUID lateVolunteerId,
      String lateVolunteerName) {
    /** @param names display names by person id (every person of the chat) */
    static ChatView of(Chat chat, Map<UUID, String> names) {
      UUID late = chat.getLateCounselorId().orElse(null);
      return new ChatView(chat.getId(), chat.getEventId(), chat.getPatientId(), names.get(chat.getPatientId()),
          chat.getCounselorId(), names.get(chat.getCounselorId()), chat.getStartsAt(), chat.getEndsAt(),
          chat.getCompatibility(), chat.getStatus(), late, late == null ? null : names.get(late));
    }

    /** Everyone {@link #of} needs a name for. */
    static Stream<UUID> people(Chat chat) {
      return Stream.concat(Stream.of(chat.getPatientId(), chat.getCounselorId()), chat.getLateCounselorId().stream());
    }
  }

  record RegistrationView(UUID id, UUID eventId, UUID patientId, RegistrationStatus status, List<TimeRange> availability,
      UUID preferredCounselorId, RegistrationPreferences preferences, ChatView chat) {
    static RegistrationView of(SupportRegistration r, ChatView chat) {
      return new RegistrationView(r.getId(), r.getEventId(), r.getPatientId(), r.getStatus(),
          ranges(r.availability()), r.getPreferredCounselorId().orElse(null), r.getPreferences(), chat);
    }
  }

  record AvailabilityView(UUID eventId, UUID counselorId, int slotMinutes, List<TimeRange> windows, List<TimeRange> slots) {
    static AvailabilityView of(CounselorAvailability a) {
      return new AvailabilityView(a.getEventId(), a.getCounselorId(), a.getSlotMinutes(), ranges(a.windows()),
          ranges(a.slots()));
    }
  }

  record CompatibilityView(UUID patientId, UUID counselorId, int score, boolean pairable, boolean blocked,
      boolean explicit, List<String> reasons) {
    static CompatibilityView of(UUID patientId, UUID counselorId, Compatibility c) {
      return new CompatibilityView(patientId, counselorId, c.score(), c.pairable(), c.blocked(), c.explicit(),
          c.reasons());
    }
  }
}
