package org.mentra.sessions.pairing.process;

import static org.mentra.sessions.pairing.PairingVariables.CHAT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.mail.MailStep;
import org.springframework.stereotype.Component;
import org.mentra.sessions.pairing.ChatSessionService;

/** The pair announced to both, with the calendar invite. */
@Component
class SendAssignment implements JavaDelegate {

  private final ChatSessionService chats;

  SendAssignment(ChatSessionService chats) {
    this.chats = chats;
  }

  @Override
  public void execute(DelegateExecution execution) {
    chats.sendAssignment(CHAT_ID.from(execution), MailStep.of(execution));
  }
}
