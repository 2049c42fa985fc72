package org.mentra.sessions.pairing.process;

import static org.mentra.sessions.pairing.PairingVariables.CHAT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.mentra.sessions.pairing.ChatSessionService;

/** The slot is over and both were there: the chat is held. */
@Component
class CompleteChat implements JavaDelegate {

  private final ChatSessionService chats;

  CompleteChat(ChatSessionService chats) {
    this.chats = chats;
  }

  @Override
  public void execute(DelegateExecution execution) {
    chats.completeChat(CHAT_ID.from(execution));
  }
}
