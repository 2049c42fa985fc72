package org.mentra.sessions.events.registration.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.engine.ProcessVariable;
import org.mentra.sessions.events.registration.RegistrationProcess;
import org.mentra.sessions.events.registration.EventRegistrationService;
import org.springframework.stereotype.Component;

/** The hold ended: the seat passes to the next in line (unless they took it in the last moment). */
@Component
class LapseOffer implements JavaDelegate {

  static final ProcessVariable<Boolean> OFFER_LAPSED = ProcessVariable.bool("offerLapsed");

  private final EventRegistrationService registrations;

  LapseOffer(EventRegistrationService registrations) {
    this.registrations = registrations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    OFFER_LAPSED.set(execution, registrations.lapseOffer(RegistrationProcess.REGISTRATION_ID.from(execution)));
  }
}
