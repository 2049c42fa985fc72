package org.mentra.sessions.pairing.process;

import static org.mentra.sessions.pairing.PairingVariables.CHAT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.mentra.sessions.pairing.ChatSessionService;
import org.mentra.sessions.pairing.PairingVariables;

/** The coordinator's decision about a patient whose chat had no counselor. */
@Component
class ApplyRebookingDecision implements JavaDelegate {

  private final ChatSessionService chats;

  ApplyRebookingDecision(ChatSessionService chats) {
    this.chats = chats;
  }

  @Override
  public void execute(DelegateExecution execution) {
    chats.applyRebookingDecision(CHAT_ID.from(execution), PairingVariables.REBOOK_DECISION.from(execution));
  }
}
