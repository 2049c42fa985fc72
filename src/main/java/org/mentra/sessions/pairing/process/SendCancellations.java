package org.mentra.sessions.pairing.process;

import static org.mentra.sessions.pairing.PairingVariables.CHAT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.mail.MailStep;
import org.springframework.stereotype.Component;
import org.mentra.sessions.pairing.ChatSessionService;
import org.mentra.sessions.pairing.PairingVariables;

/** The chat is off: cancellations to both, and whether to find the other side someone. */
@Component
class SendCancellations implements JavaDelegate {

  private final ChatSessionService chats;

  SendCancellations(ChatSessionService chats) {
    this.chats = chats;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PairingVariables.RE_PAIR.set(execution, chats.sendCancellations(CHAT_ID.from(execution), MailStep.of(execution)));
  }
}
