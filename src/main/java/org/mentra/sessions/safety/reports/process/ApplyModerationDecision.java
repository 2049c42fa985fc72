package org.mentra.sessions.safety.reports.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.safety.ModerationService;
import org.mentra.sessions.safety.ReportVariables;
import org.springframework.stereotype.Component;

/** "Carry out the decision": the block, pause or end of hosting, and the audit line; tells the diagram what follows. */
@Component
class ApplyModerationDecision implements JavaDelegate {

  private final ModerationService moderation;

  ApplyModerationDecision(ModerationService moderation) {
    this.moderation = moderation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var reportId = ReportVariables.REPORT_ID.from(execution);
    boolean affects = moderation.decide(reportId, ReportVariables.DECISION.from(execution),
        ReportVariables.DECISION_REASON.from(execution), ReportVariables.MODERATOR.from(execution));
    ReportVariables.AFFECTS_PERSON.set(execution, affects);
    if (affects) {
      ReportVariables.APPEAL_UNTIL.set(execution, moderation.appealUntil(reportId));
    }
  }
}
