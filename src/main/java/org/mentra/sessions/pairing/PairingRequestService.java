package org.mentra.sessions.pairing;

import java.time.Clock;
import java.util.UUID;
import org.mentra.sessions.engine.Correlation;
import org.mentra.sessions.engine.MessageCorrelator;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.retry.RetryOnConflict;
import org.mentra.sessions.shared.Conflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A coordinator's "pair now": handed to the event's process, which runs the solver in its own job. */
@Service
@RetryOnConflict
public class PairingRequestService {

  private final SupportEvents events;
  private final MessageCorrelator correlator;
  private final Clock clock;

  PairingRequestService(SupportEvents events, MessageCorrelator correlator, Clock clock) {
    this.events = events;
    this.correlator = correlator;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Event event(UUID eventId) {
    return events.get(eventId);
  }

  @Transactional
  public void requestPairing(UUID eventId) {
    Event event = events.getOpen(eventId);
    if (clock.instant().isBefore(events.counselorsInvitedAt(event))) {
      throw new Conflict("Counselors are asked for their availability from " + events.counselorsInvitedAt(event)
          + "; pairing can run after that.");
    }
    correlator.correlateAfterCommit(Correlation.of(PairingMessage.PAIRING_REQUESTED, eventId.toString()));
  }
}
