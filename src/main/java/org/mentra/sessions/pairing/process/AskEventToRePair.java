package org.mentra.sessions.pairing.process;

import static org.mentra.sessions.pairing.PairingVariables.CHAT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.mentra.sessions.pairing.ChatSessionService;

/** A place is free again: the event re-pairs around the published pairs. */
@Component
class AskEventToRePair implements JavaDelegate {

  private final ChatSessionService chats;

  AskEventToRePair(ChatSessionService chats) {
    this.chats = chats;
  }

  @Override
  public void execute(DelegateExecution execution) {
    chats.askEventToRePair(CHAT_ID.from(execution));
  }
}
