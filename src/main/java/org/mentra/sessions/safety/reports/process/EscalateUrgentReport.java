package org.mentra.sessions.safety.reports.process;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.engine.StepParameter;
import org.mentra.sessions.engine.StepParameters;
import org.mentra.sessions.mail.MailStep;
import org.mentra.sessions.safety.ModerationService;
import org.mentra.sessions.safety.ReportVariables;
import org.springframework.stereotype.Component;

/** An urgent concern nobody has touched: mails the on-call coordinator (nothing once a moderator acted). */
@Component
@StepParameter(name = "round", values = EscalationRound.class)
class EscalateUrgentReport implements JavaDelegate {

  private final ModerationService moderation;

  EscalateUrgentReport(ModerationService moderation) {
    this.moderation = moderation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    EscalationRound round = StepParameters.of(execution, this);
    moderation.escalate(MailStep.of(execution), ReportVariables.REPORT_ID.from(execution),
        round.name().toLowerCase(Locale.ROOT));
  }
}
