package org.mentra.sessions.safety.hosts.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.engine.StepParameter;
import org.mentra.sessions.engine.StepParameters;
import org.mentra.sessions.mail.MailStep;
import org.mentra.sessions.safety.HostVerificationService;
import org.mentra.sessions.safety.HostVerificationVariables;
import org.springframework.stereotype.Component;

/** A mail step of host-verification to the applicant: the letter the task names. */
@Component
@StepParameter(name = "letter", values = HostLetter.class)
class SendHostLetter implements JavaDelegate {

  private final HostVerificationService hosts;

  SendHostLetter(HostVerificationService hosts) {
    this.hosts = hosts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    HostLetter letter = StepParameters.of(execution, this);
    MailStep step = MailStep.of(execution);
    var applicationId = HostVerificationVariables.APPLICATION_ID.from(execution);
    switch (letter) {
      case REJECTION -> hosts.tellRejected(step, applicationId);
      case APPROVAL -> hosts.tellVerified(step, applicationId);
      case RENEWAL_NOTICE -> hosts.sendRenewalNotice(step, applicationId);
    }
  }
}
