package org.mentra.sessions.pairing.process;

import static org.mentra.sessions.pairing.PairingVariables.EVENT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.mail.MailStep;
import org.springframework.stereotype.Component;
import org.mentra.sessions.pairing.PairingService;

/** A kind word to the patients still waiting: they are on the waitlist. */
@Component
class TellWaitingPatients implements JavaDelegate {

  private final PairingService pairing;

  TellWaitingPatients(PairingService pairing) {
    this.pairing = pairing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    pairing.tellWaiting(EVENT_ID.from(execution), MailStep.of(execution));
  }
}
