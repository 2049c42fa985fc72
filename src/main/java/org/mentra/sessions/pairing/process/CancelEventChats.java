package org.mentra.sessions.pairing.process;

import static org.mentra.sessions.pairing.PairingVariables.EVENT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.mail.MailStep;
import org.springframework.stereotype.Component;
import org.mentra.sessions.pairing.ChatSessionService;

/** The event was cancelled: every chat still to come is called off, waiting patients are told. */
@Component
class CancelEventChats implements JavaDelegate {

  private final ChatSessionService chats;

  CancelEventChats(ChatSessionService chats) {
    this.chats = chats;
  }

  @Override
  public void execute(DelegateExecution execution) {
    chats.cancelEvent(EVENT_ID.from(execution), MailStep.of(execution));
  }
}
