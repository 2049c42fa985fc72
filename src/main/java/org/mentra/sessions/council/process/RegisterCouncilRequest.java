package org.mentra.sessions.council.process;

import static org.mentra.sessions.council.CouncilVariables.COUNCIL_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.engine.FormRefusal;
import org.mentra.sessions.shared.DomainException;
import org.springframework.stereotype.Component;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.council.CouncilService;
import org.mentra.sessions.council.CouncilStartForm;

/**
 * "Check and register the request": the Tasklist start form into the same checks as the API. A
 * refused request is the coordinator's to correct: the form stays open with the reason.
 */
@Component
class RegisterCouncilRequest implements JavaDelegate {

  private final CouncilService councils;

  RegisterCouncilRequest(CouncilService councils) {
    this.councils = councils;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CouncilStartForm form = CouncilStartForm.of(execution.getVariables());
    CouncilSession council;
    try {
      council = councils.register(form, CurrentUser.of(execution, "tasklist"));
    } catch (DomainException refused) {
      throw new FormRefusal(form.refusal(refused));
    }
    COUNCIL_ID.set(execution, council.getId());
    execution.setProcessBusinessKey(council.getId().toString());
  }
}
