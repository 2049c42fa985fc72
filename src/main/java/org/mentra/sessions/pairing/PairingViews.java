package org.mentra.sessions.pairing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mentra.sessions.pairing.planning.domain.Interval;

/** What the paired-support API answers. */
final class PairingViews {

  private PairingViews() {}

  record Window(Instant start, Instant end) {
    static List<Window> of(List<Interval> intervals) {
      return intervals.stream().map(i -> new Window(i.start(), i.end())).toList();
    }
  }

  record ChatView(UUID id, UUID eventId, UUID patientId, UUID volunteerId, Instant start, Instant end,
      int compatibility, ChatStatus status, UUID lateVolunteerId) {
    static ChatView of(Chat chat) {
      return new ChatView(chat.getId(), chat.getEventId(), chat.getPatientId(), chat.getCounselorId(),
          chat.getStartsAt(), chat.getEndsAt(), chat.getCompatibility(), chat.getStatus(),
          chat.getLateCounselorId().orElse(null));
    }
  }

  record RegistrationView(UUID id, UUID eventId, UUID patientId, RegistrationStatus status, List<Window> availability,
      UUID preferredCounselorId, RegistrationPreferences preferences, ChatView chat) {
    static RegistrationView of(SupportRegistration r, Chat chat) {
      return new RegistrationView(r.getId(), r.getEventId(), r.getPatientId(), r.getStatus(),
          Window.of(r.availability()), r.getPreferredCounselorId().orElse(null), r.getPreferences(),
          chat == null ? null : ChatView.of(chat));
    }
  }

  record AvailabilityView(UUID eventId, UUID counselorId, int slotMinutes, List<Window> windows, List<Window> slots) {
    static AvailabilityView of(CounselorAvailability a) {
      return new AvailabilityView(a.getEventId(), a.getCounselorId(), a.getSlotMinutes(), Window.of(a.windows()),
          Window.of(a.slots()));
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
