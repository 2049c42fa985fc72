package org.mentra.sessions.safety.reports.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.mentra.sessions.engine.FormRefusal;
import org.mentra.sessions.safety.ModerationService;
import org.mentra.sessions.safety.ReportVariables;
import org.mentra.sessions.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * When a moderator completes a review: a decision that cannot be carried out is refused (the task stays
 * open, Tasklist says why); otherwise the moderator is noted for the decision step and the audit trail.
 */
@Component
class CheckModerationDecision implements TaskListener {

  private final ModerationService moderation;

  CheckModerationDecision(ModerationService moderation) {
    this.moderation = moderation;
  }

  @Override
  public void notify(DelegateTask task) {
    var reportId = ReportVariables.REPORT_ID.from(task);
    try {
      moderation.check(reportId, ReportVariables.DECISION.find(task).orElse(null),
          ReportVariables.DECISION_REASON.find(task).orElse(null));
    } catch (DomainException refused) {
      throw new FormRefusal(refused.detail());
    }
    String moderator = Moderators.of(task);
    moderation.touch(reportId, moderator);
    ReportVariables.MODERATOR.set(task, moderator);
  }
}
