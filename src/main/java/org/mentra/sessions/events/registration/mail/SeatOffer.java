package org.mentra.sessions.events.registration.mail;

import java.time.Instant;
import org.mentra.sessions.shared.TemplateModel;

/** {@code mail/events/seat-offer}: a seat freed up and is held for them until the hold ends (shorter close to the start, and it says so). */
record SeatOffer(String title, Instant start, Instant end, String where, String acceptUrl, String declineUrl, Instant holdUntil, String holdWords, boolean shortened) implements TemplateModel {

  @Override
  public String template() {
    return "events/seat-offer";
  }
}
