package org.mentra.sessions.pairing.process;

import static org.mentra.sessions.pairing.PairingVariables.CHAT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.mail.MailStep;
import org.springframework.stereotype.Component;
import org.mentra.sessions.pairing.ChatSessionService;

/** After the chat: a one-click feedback request to the patient. */
@Component
class RequestFeedback implements JavaDelegate {

  private final ChatSessionService chats;

  RequestFeedback(ChatSessionService chats) {
    this.chats = chats;
  }

  @Override
  public void execute(DelegateExecution execution) {
    chats.requestFeedback(CHAT_ID.from(execution), MailStep.of(execution));
  }
}
