package org.mentra.sessions.pairing;

import static org.mentra.sessions.pairing.PairingVariables.CHAT_END;
import static org.mentra.sessions.pairing.PairingVariables.CHAT_ID;
import static org.mentra.sessions.pairing.PairingVariables.CHAT_START;
import static org.mentra.sessions.pairing.PairingVariables.EVENT_ID;
import static org.mentra.sessions.pairing.PairingVariables.PATIENT_NO_SHOW;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.meeting.MeetingRoomProvider;
import org.mentra.sessions.pairing.planning.domain.Interval;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.mentra.sessions.pairing.domain.Chat;
import org.mentra.sessions.pairing.domain.ChatRepository;
import org.mentra.sessions.pairing.domain.ChatStatus;
import org.mentra.sessions.pairing.domain.SupportRegistration;

/**
 * Makes and publishes pairs: a new pair is a PLANNED chat with its meeting room; publishing makes it
 * SCHEDULED (pinned from now on) and starts its {@code chat-session}, in the caller's transaction, so a
 * pair is announced exactly when it is stored.
 */
@Component
class ChatSessions {

  static final String PROCESS_KEY = "chat-session";

  private final ChatRepository chats;
  private final MeetingRoomProvider meetingRooms;
  private final RuntimeService runtime;
  private final Clock clock;

  ChatSessions(ChatRepository chats, MeetingRoomProvider meetingRooms, RuntimeService runtime, Clock clock) {
    this.chats = chats;
    this.meetingRooms = meetingRooms;
    this.runtime = runtime;
    this.clock = clock;
  }

  /**
   * A new pair, PLANNED, with its meeting room; the registration is paired. Flushed at once: a seat or a
   * registration taken meanwhile fails here with a {@link DataIntegrityViolationException}.
   */
  Chat plan(Event event, SupportRegistration registration, UUID counselorId, Interval time, int compatibility) {
    UUID chatId = UUID.randomUUID();
    Chat chat = new Chat(chatId, event.getId(), registration.getId(), registration.getPatientId(), counselorId, time,
        compatibility, meetingRooms.createRoom("chat-" + chatId, "Support chat: " + event.getTitle()).url(),
        ChatStatus.PLANNED, clock.instant());
    registration.paired();
    return chats.saveAndFlush(chat);
  }

  void publish(Chat chat) {
    chat.publish(clock.instant());
    Map<String, Object> variables = new HashMap<>();
    CHAT_ID.putInto(variables, chat.getId());
    EVENT_ID.putInto(variables, chat.getEventId());
    CHAT_START.putInto(variables, chat.getStartsAt());
    CHAT_END.putInto(variables, chat.getEndsAt());
    PATIENT_NO_SHOW.putInto(variables, false);
    runtime.startProcessInstanceByMessage(PairingMessage.PAIR_PUBLISHED.messageName(), chat.getId().toString(),
        variables);
  }
}
