package org.mentra.sessions.safety.reports.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.mentra.sessions.engine.FormRefusal;
import org.mentra.sessions.safety.ModerationService;
import org.mentra.sessions.safety.ReportVariables;
import org.mentra.sessions.shared.DomainException;
import org.springframework.stereotype.Component;

/** When the appeal is decided: only by a second moderator, with a choice and a reason (else refused). */
@Component
class CheckAppealDecision implements TaskListener {

  private final ModerationService moderation;

  CheckAppealDecision(ModerationService moderation) {
    this.moderation = moderation;
  }

  @Override
  public void notify(DelegateTask task) {
    String moderator = Moderators.of(task);
    try {
      moderation.checkAppeal(ReportVariables.REPORT_ID.from(task),
          ReportVariables.APPEAL_DECISION.find(task).orElse(null),
          ReportVariables.APPEAL_REASON.find(task).orElse(null), moderator);
    } catch (DomainException refused) {
      throw new FormRefusal(refused.detail());
    }
    ReportVariables.APPEAL_MODERATOR.set(task, moderator);
  }
}
