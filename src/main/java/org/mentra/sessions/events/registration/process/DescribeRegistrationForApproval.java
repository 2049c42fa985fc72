package org.mentra.sessions.events.registration.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.mentra.sessions.events.registration.ApprovalBriefs;
import org.mentra.sessions.events.registration.RegistrationProcess;
import org.springframework.stereotype.Component;

/** When an approval task is created: puts the person's history into the task's form. */
@Component
class DescribeRegistrationForApproval implements TaskListener {

  private final ApprovalBriefs briefs;

  DescribeRegistrationForApproval(ApprovalBriefs briefs) {
    this.briefs = briefs;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariablesLocal(briefs.brief(RegistrationProcess.REGISTRATION_ID.from(task)));
  }
}
