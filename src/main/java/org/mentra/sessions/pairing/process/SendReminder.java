package org.mentra.sessions.pairing.process;

import static org.mentra.sessions.pairing.PairingVariables.CHAT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.mail.MailStep;
import org.springframework.stereotype.Component;
import org.mentra.sessions.pairing.ChatSessionService;

/** An hour before: both get their personal join link. */
@Component
class SendReminder implements JavaDelegate {

  private final ChatSessionService chats;

  SendReminder(ChatSessionService chats) {
    this.chats = chats;
  }

  @Override
  public void execute(DelegateExecution execution) {
    chats.sendReminder(CHAT_ID.from(execution), MailStep.of(execution));
  }
}
