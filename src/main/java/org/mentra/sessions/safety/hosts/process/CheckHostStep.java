package org.mentra.sessions.safety.hosts.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.mentra.sessions.engine.FormRefusal;
import org.mentra.sessions.safety.HostVerificationService;
import org.mentra.sessions.safety.HostVerificationStep;
import org.mentra.sessions.safety.HostVerificationVariables;
import org.mentra.sessions.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * When a coordinator completes a step: an answer that cannot be carried out is refused (the task stays open,
 * Tasklist says why); a rejection notes the step and its reason for the letter, and the coordinator is noted.
 */
@Component
class CheckHostStep implements TaskListener {

  private final HostVerificationService hosts;

  CheckHostStep(HostVerificationService hosts) {
    this.hosts = hosts;
  }

  @Override
  public void notify(DelegateTask task) {
    try {
      HostVerificationStep.ofTask(task.getTaskDefinitionKey()).ifPresentOrElse(step -> {
        String decision = (String) task.getVariable(step.decisionVariable());
        String reason = (String) task.getVariable(step.reasonVariable());
        hosts.checkStep(step, decision, reason);
        if (HostVerificationStep.REJECT.equals(decision)) {
          HostVerificationVariables.REJECTED_STEP.set(task, step.key());
          HostVerificationVariables.REJECTION_REASON.set(task, reason.strip());
        }
      }, () -> hosts.checkHandOver(HostVerificationVariables.HANDOVER_NOTE.find(task).orElse(null)));
    } catch (DomainException refused) {
      throw new FormRefusal(refused.detail());
    }
    HostVerificationVariables.COORDINATOR.set(task, Coordinator.of(task));
  }
}
