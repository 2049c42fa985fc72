package org.mentra.sessions.safety.reports.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.safety.ModerationService;
import org.mentra.sessions.safety.ReportVariables;
import org.springframework.stereotype.Component;

/** The second moderator's answer to the appeal: kept, and an overturned decision undone where it can be. */
@Component
class ApplyAppealDecision implements JavaDelegate {

  private final ModerationService moderation;

  ApplyAppealDecision(ModerationService moderation) {
    this.moderation = moderation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    moderation.decideAppeal(ReportVariables.REPORT_ID.from(execution),
        ReportVariables.APPEAL_DECISION.from(execution), ReportVariables.APPEAL_REASON.from(execution),
        ReportVariables.APPEAL_MODERATOR.from(execution));
  }
}
