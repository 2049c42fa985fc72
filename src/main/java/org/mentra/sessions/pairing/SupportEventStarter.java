package org.mentra.sessions.pairing;

import static org.mentra.sessions.pairing.PairingVariables.EVENT_END;
import static org.mentra.sessions.pairing.PairingVariables.EVENT_ID;
import static org.mentra.sessions.pairing.PairingVariables.EVENT_START;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.mentra.sessions.engine.Correlation;
import org.mentra.sessions.engine.MessageCorrelator;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventCancelled;
import org.mentra.sessions.events.EventKind;
import org.mentra.sessions.events.EventPublished;
import org.mentra.sessions.shared.Refused;
import org.mentra.sessions.shared.InvalidInput;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs paired support events: publishing one starts its {@code support-event} (in the publishing
 * transaction, so an event is never published without its process); cancelling one tells it.
 */
@Component
class SupportEventStarter {

  static final String PROCESS_KEY = "support-event";

  private final SupportEvents events;
  private final RuntimeService runtime;
  private final MessageCorrelator correlator;
  private final Clock clock;

  SupportEventStarter(SupportEvents events, RuntimeService runtime, MessageCorrelator correlator, Clock clock) {
    this.events = events;
    this.runtime = runtime;
    this.correlator = correlator;
    this.clock = clock;
  }

  @EventListener
  void published(EventPublished published) {
    if (published.kind() != EventKind.PAIRED_SUPPORT) {
      return;
    }
    Event event = events.get(published.eventId());
    if (!clock.instant().isBefore(events.signUpsCloseAt(event))) {
      // Refused in the publishing transaction: nobody could sign up, and pairs need a day's notice.
      throw InvalidInput.of("start", "A paired support event must start later than its sign-up cutoff "
          + "from now (" + events.signUpsCloseAt(event) + " has passed), so patients can sign up and hear "
          + "about their pair in time.");
    }
    Map<String, Object> variables = new HashMap<>();
    EVENT_ID.putInto(variables, event.getId());
    EVENT_START.putInto(variables, event.getStartsAt());
    EVENT_END.putInto(variables, event.getEndsAt());
    runtime.startProcessInstanceByKey(PROCESS_KEY, event.getId().toString(), variables);
  }

  @EventListener
  void cancelled(EventCancelled cancelled) {
    if (cancelled.kind() == EventKind.PAIRED_SUPPORT) {
      correlator.correlateAfterCommit(Correlation.of(PairingMessage.EVENT_CANCELLED, cancelled.eventId().toString()));
    }
  }
}
