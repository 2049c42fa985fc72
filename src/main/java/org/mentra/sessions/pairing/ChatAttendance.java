package org.mentra.sessions.pairing;

import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.attendance.AttendedSession;
import org.mentra.sessions.attendance.AttendedSessions;
import org.mentra.sessions.attendance.CheckedIn;
import org.mentra.sessions.attendance.ParticipantRole;
import org.mentra.sessions.attendance.SessionKind;
import org.mentra.sessions.engine.Correlation;
import org.mentra.sessions.engine.MessageCorrelator;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.mentra.sessions.pairing.domain.ChatRepository;

/**
 * Chats for the join links: who may join (the patient and the counselor in charge of a live chat) and,
 * when one of them checks in, the message to the chat's process. The standby who took over checks in
 * too, but nothing waits for them: their attendance counts for no one.
 */
@Component
class ChatAttendance implements AttendedSessions {

  private final ChatRepository chats;
  private final SupportEvents events;
  private final MessageCorrelator correlator;

  ChatAttendance(ChatRepository chats, SupportEvents events, MessageCorrelator correlator) {
    this.chats = chats;
    this.events = events;
    this.correlator = correlator;
  }

  @Override
  public SessionKind kind() {
    return SessionKind.CHAT;
  }

  @Override
  public Optional<AttendedSession> find(UUID chatId, UUID personId) {
    return chats.findById(chatId)
        .filter(chat -> chat.isLive() && chat.involves(personId))
        .map(chat -> new AttendedSession("your support chat (" + events.get(chat.getEventId()).getTitle() + ")",
            chat.getStartsAt(), chat.getEndsAt(), chat.getMeetingUrl(),
            chat.getPatientId().equals(personId) ? ParticipantRole.PATIENT : ParticipantRole.COUNSELOR));
  }

  /** A chat is named after its event, also once it is over. */
  @Override
  public Optional<String> title(UUID chatId) {
    return chats.findById(chatId).map(chat -> events.get(chat.getEventId()).getTitle());
  }

  /** In the check-in's transaction: the message is kept with it and delivered after commit. */
  @EventListener
  void checkedIn(CheckedIn checkIn) {
    if (checkIn.kind() != SessionKind.CHAT) {
      return;
    }
    chats.findById(checkIn.sessionId()).ifPresent(chat -> {
      boolean patient = chat.getPatientId().equals(checkIn.personId());
      if (!patient && chat.getLateCounselorId().isPresent()) {
        return;  // a standby joining: nobody waits for them
      }
      correlator.correlateAfterCommit(Correlation.of(patient ? PairingMessage.PATIENT_CHECKED_IN
          : PairingMessage.COUNSELOR_CHECKED_IN, chat.getId().toString()));
    });
  }
}
