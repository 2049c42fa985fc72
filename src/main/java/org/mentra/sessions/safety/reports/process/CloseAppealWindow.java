package org.mentra.sessions.safety.reports.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.safety.ModerationService;
import org.mentra.sessions.safety.ReportVariables;
import org.springframework.stereotype.Component;

/** No appeal came within the window: the report is closed. */
@Component
class CloseAppealWindow implements JavaDelegate {

  private final ModerationService moderation;

  CloseAppealWindow(ModerationService moderation) {
    this.moderation = moderation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    moderation.closeAppealWindow(ReportVariables.REPORT_ID.from(execution));
  }
}
