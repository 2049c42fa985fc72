package org.mentra.sessions.council.process;

import static org.mentra.sessions.council.CouncilVariables.COUNCIL_ID;

import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.council.CouncilProperties;
import org.mentra.sessions.council.mail.CouncilMail;
import org.mentra.sessions.engine.StepParameter;
import org.mentra.sessions.engine.StepParameters;
import org.mentra.sessions.mail.MailStep;
import org.springframework.stereotype.Component;

/**
 * "Send the first / last reminder with the join link" before the session, to each participant; the
 * task says which ({@code <camunda:inputParameter name="reminder">last</camunda:inputParameter>}).
 */
@Component
@StepParameter(name = "reminder", values = SendSessionReminder.SessionReminder.class)
class SendSessionReminder implements JavaDelegate {

  private final CouncilMail mail;
  private final CouncilProperties properties;

  SendSessionReminder(CouncilMail mail, CouncilProperties properties) {
    this.mail = mail;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SessionReminder reminder = StepParameters.of(execution, this);
    mail.sessionReminder(MailStep.of(execution), COUNCIL_ID.from(execution), reminder.before(properties));
  }

  /** The two reminders before a session, each as long before it as its setting says. */
  enum SessionReminder {
    FIRST,
    LAST;

    Duration before(CouncilProperties properties) {
      return this == FIRST ? properties.firstSessionReminder() : properties.lastSessionReminder();
    }
  }
}
