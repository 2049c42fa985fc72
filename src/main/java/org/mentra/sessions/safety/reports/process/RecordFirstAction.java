package org.mentra.sessions.safety.reports.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.mentra.sessions.safety.ModerationService;
import org.mentra.sessions.safety.ReportVariables;
import org.springframework.stereotype.Component;

/** A moderator claimed the review: the first human action, which stops the urgent escalation and is measured. */
@Component
class RecordFirstAction implements TaskListener {

  private final ModerationService moderation;

  RecordFirstAction(ModerationService moderation) {
    this.moderation = moderation;
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getAssignee() != null) {
      moderation.touch(ReportVariables.REPORT_ID.from(task), task.getAssignee());
    }
  }
}
