package org.mentra.sessions.council.process;

import static org.mentra.sessions.council.CouncilVariables.COUNCIL_ID;
import static org.mentra.sessions.council.CouncilVariables.MENTOR_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.council.mail.CouncilMail.Reminder;
import org.mentra.sessions.mail.MailStep;
import org.springframework.stereotype.Component;
import org.mentra.sessions.council.CouncilAvailabilityService;

/** "Send the final reminder" to a mentor who has not answered yet. */
@Component
class SendFinalReminder implements JavaDelegate {

  private final CouncilAvailabilityService availability;

  SendFinalReminder(CouncilAvailabilityService availability) {
    this.availability = availability;
  }

  @Override
  public void execute(DelegateExecution execution) {
    availability.remind(MailStep.of(execution), COUNCIL_ID.from(execution), MENTOR_ID.from(execution), Reminder.FINAL);
  }
}
