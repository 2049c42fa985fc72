package org.mentra.sessions.pairing.process;

import static org.mentra.sessions.pairing.PairingVariables.EVENT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.mentra.sessions.pairing.PairingService;

/** Publishes the new pairs: one chat-session each. */
@Component
class StartChatSessions implements JavaDelegate {

  private final PairingService pairing;

  StartChatSessions(PairingService pairing) {
    this.pairing = pairing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    pairing.publishPlanned(EVENT_ID.from(execution));
  }
}
