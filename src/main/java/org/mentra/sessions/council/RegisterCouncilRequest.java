package org.mentra.sessions.council;

import static org.mentra.sessions.council.CouncilVariables.COUNCIL_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Check and register the request": the Tasklist start form into the same checks as the API. */
@Component
class RegisterCouncilRequest implements JavaDelegate {

  private final CouncilService councils;

  RegisterCouncilRequest(CouncilService councils) {
    this.councils = councils;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CouncilSession council = councils.register(CouncilStartForm.of(execution.getVariables()),
        CurrentUser.of(execution, "tasklist"));
    COUNCIL_ID.set(execution, council.getId());
    execution.setProcessBusinessKey(council.getId().toString());
  }
}
