package org.mentra.sessions.pairing.process;

import static org.mentra.sessions.pairing.PairingVariables.EVENT_ID;
import static org.mentra.sessions.pairing.PairingVariables.SIGN_UPS_CLOSED;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.mentra.sessions.pairing.PairingService;

/** The pairing: waiting patients into free counselor seats, around the published pairs. */
@Component
class PairPatients implements JavaDelegate {

  private final PairingService pairing;

  PairPatients(PairingService pairing) {
    this.pairing = pairing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PairingService.Outcome outcome = pairing.pair(EVENT_ID.from(execution));
    SIGN_UPS_CLOSED.set(execution, outcome.signUpsClosed());
  }
}
