package org.mentra.sessions.events.registration.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.events.registration.EventRegistrationService;
import org.mentra.sessions.events.registration.RegistrationProcess;
import org.mentra.sessions.shared.TimeRange;
import org.springframework.stereotype.Component;

/** Reads the event's time into the process, so the reminder and feedback timers wait for it (again, once it moved). */
@Component
class TakeEventTime implements JavaDelegate {

  private final EventRegistrationService registrations;

  TakeEventTime(EventRegistrationService registrations) {
    this.registrations = registrations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TimeRange time = registrations.eventTime(RegistrationProcess.EVENT_ID.from(execution));
    RegistrationProcess.EVENT_START.set(execution, time.start());
    RegistrationProcess.EVENT_END.set(execution, time.end());
  }
}
