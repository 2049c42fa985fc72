package org.mentra.sessions.pairing.process;

import static org.mentra.sessions.pairing.PairingVariables.CHAT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.mail.MailStep;
import org.springframework.stereotype.Component;
import org.mentra.sessions.pairing.ChatSessionService;

/** The standby took over: updated invites for the patient and the standby, a cancellation for the late counselor. */
@Component
class SendStandbyInvites implements JavaDelegate {

  private final ChatSessionService chats;

  SendStandbyInvites(ChatSessionService chats) {
    this.chats = chats;
  }

  @Override
  public void execute(DelegateExecution execution) {
    chats.sendStandbyInvites(CHAT_ID.from(execution), MailStep.of(execution));
  }
}
