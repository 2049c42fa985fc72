package org.mentra.sessions.pairing.process;

import static org.mentra.sessions.pairing.PairingVariables.CHAT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.mentra.sessions.pairing.ChatSessionService;
import org.mentra.sessions.pairing.PairingVariables;

/** Looks for a standby counselor free for the whole slot, best compatibility first. */
@Component
class FindStandby implements JavaDelegate {

  private final ChatSessionService chats;

  FindStandby(ChatSessionService chats) {
    this.chats = chats;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PairingVariables.STANDBY_FOUND.set(execution, chats.findStandby(CHAT_ID.from(execution)));
  }
}
