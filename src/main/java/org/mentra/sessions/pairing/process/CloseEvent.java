package org.mentra.sessions.pairing.process;

import static org.mentra.sessions.pairing.PairingVariables.EVENT_ID;

import org.mentra.sessions.events.EventService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The event is over: it is marked as held. */
@Component
class CloseEvent implements JavaDelegate {

  private final EventService events;

  CloseEvent(EventService events) {
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    events.complete(EVENT_ID.from(execution));
  }
}
