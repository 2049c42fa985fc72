package org.mentra.sessions.pairing;

import static org.mentra.sessions.pairing.PairingVariables.CHAT_END;
import static org.mentra.sessions.pairing.PairingVariables.CHAT_ID;
import static org.mentra.sessions.pairing.PairingVariables.CHAT_START;
import static org.mentra.sessions.pairing.PairingVariables.EVENT_ID;
import static org.mentra.sessions.pairing.PairingVariables.PATIENT_NO_SHOW;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Publishes a pair: the chat becomes SCHEDULED (pinned from now on) and its {@code chat-session}
 * starts, in the caller's transaction, so a pair is announced exactly when it is stored.
 */
@Component
class ChatSessions {

  static final String PROCESS_KEY = "chat-session";

  private final RuntimeService runtime;
  private final Clock clock;

  ChatSessions(RuntimeService runtime, Clock clock) {
    this.runtime = runtime;
    this.clock = clock;
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
