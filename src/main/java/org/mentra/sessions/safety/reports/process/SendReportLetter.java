package org.mentra.sessions.safety.reports.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.engine.StepParameter;
import org.mentra.sessions.engine.StepParameters;
import org.mentra.sessions.mail.MailStep;
import org.mentra.sessions.safety.ModerationService;
import org.mentra.sessions.safety.ReportVariables;
import org.springframework.stereotype.Component;

/** A mail step of report-review: the letter the task names, about the report. */
@Component
@StepParameter(name = "letter", values = ReportLetter.class)
class SendReportLetter implements JavaDelegate {

  private final ModerationService moderation;

  SendReportLetter(ModerationService moderation) {
    this.moderation = moderation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReportLetter letter = StepParameters.of(execution, this);
    MailStep step = MailStep.of(execution);
    var reportId = ReportVariables.REPORT_ID.from(execution);
    switch (letter) {
      case ACKNOWLEDGEMENT -> moderation.acknowledge(step, reportId);
      case OUTCOME -> moderation.tellReporter(step, reportId);
      case DECISION -> moderation.tellReportedPerson(step, reportId);
      case APPEAL_OUTCOME -> moderation.tellAppealOutcome(step, reportId);
    }
  }
}
