package org.mentra.sessions.council.process;

import static org.mentra.sessions.council.CouncilVariables.COUNCIL_ID;
import static org.mentra.sessions.council.CouncilVariables.MENTOR_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.council.CouncilAvailabilityService;
import org.mentra.sessions.council.mail.Reminder;
import org.mentra.sessions.engine.StepParameter;
import org.mentra.sessions.engine.StepParameters;
import org.mentra.sessions.mail.MailStep;
import org.springframework.stereotype.Component;

/**
 * "Send the first / second / final reminder" to a mentor who has not answered yet: the task says
 * which ({@code <camunda:inputParameter name="reminder">second</camunda:inputParameter>}).
 */
@Component
@StepParameter(name = "reminder", values = Reminder.class)
class SendAvailabilityReminder implements JavaDelegate {

  private final CouncilAvailabilityService availability;

  SendAvailabilityReminder(CouncilAvailabilityService availability) {
    this.availability = availability;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Reminder reminder = StepParameters.of(execution, this);
    availability.remind(MailStep.of(execution), COUNCIL_ID.from(execution), MENTOR_ID.from(execution), reminder);
  }
}
