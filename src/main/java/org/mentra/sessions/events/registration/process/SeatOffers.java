package org.mentra.sessions.events.registration.process;

import java.util.Date;
import java.util.UUID;
import org.mentra.sessions.events.registration.EventRegistrationService;
import org.springframework.stereotype.Component;

/** The diagram's timer dates of an offer: {@code ${seatOffers.holdEnds(registrationId)}}. */
@Component
public class SeatOffers {

  private final EventRegistrationService registrations;

  SeatOffers(EventRegistrationService registrations) {
    this.registrations = registrations;
  }

  /** When the seat held for the registration goes on to the next in line. */
  public Date holdEnds(String registrationId) {
    return Date.from(registrations.offeredUntil(UUID.fromString(registrationId)));
  }
}
