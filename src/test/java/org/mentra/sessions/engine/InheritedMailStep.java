package org.mentra.sessions.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.mail.MailStep;
import org.springframework.stereotype.Component;

/**
 * A test bean for {@link ModelConsistencyTest}: a delegate that sends mail only through its
 * superclass, so the mail-step rule is seen to look there too. No diagram uses it.
 */
@Component
class InheritedMailStep extends MailingStep {}

/** The superclass that makes the mail keys. */
abstract class MailingStep implements JavaDelegate {
  @Override
  public void execute(DelegateExecution execution) {
    MailStep.of(execution);
  }
}
