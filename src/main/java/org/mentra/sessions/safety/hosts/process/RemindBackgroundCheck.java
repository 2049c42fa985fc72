package org.mentra.sessions.safety.hosts.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.mail.MailStep;
import org.mentra.sessions.safety.HostVerificationService;
import org.mentra.sessions.safety.HostVerificationVariables;
import org.springframework.stereotype.Component;

/** The background check's result is late: the coordinators are reminded, once per round of the timer. */
@Component
class RemindBackgroundCheck implements JavaDelegate {

  private final HostVerificationService hosts;

  RemindBackgroundCheck(HostVerificationService hosts) {
    this.hosts = hosts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int round = HostVerificationVariables.BACKGROUND_REMINDERS.find(execution).orElse(0) + 1;
    hosts.remindBackgroundCheck(MailStep.of(execution), HostVerificationVariables.APPLICATION_ID.from(execution),
        round);
    HostVerificationVariables.BACKGROUND_REMINDERS.set(execution, round);
  }
}
