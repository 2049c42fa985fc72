package org.mentra.sessions.council.process;

import static org.mentra.sessions.council.CouncilVariables.CANCELLATION_REASON;
import static org.mentra.sessions.council.CouncilVariables.COUNCIL_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.mail.MailStep;
import org.springframework.stereotype.Component;
import org.mentra.sessions.council.CouncilLifecycle;

/** "Cancel the council": invites are cancelled and everyone involved is told. */
@Component
class CancelCouncil implements JavaDelegate {

  private final CouncilLifecycle lifecycle;

  CancelCouncil(CouncilLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    lifecycle.cancel(MailStep.of(execution), COUNCIL_ID.from(execution), CANCELLATION_REASON.find(execution).orElse("cancelled on request"));
  }
}
