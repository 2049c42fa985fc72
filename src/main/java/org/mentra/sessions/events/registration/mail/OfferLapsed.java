package org.mentra.sessions.events.registration.mail;

import java.time.Instant;
import org.mentra.sessions.shared.TemplateModel;

/** {@code mail/events/offer-lapsed}: the held seat went to the next in line. */
record OfferLapsed(String title, Instant start, Instant end) implements TemplateModel {

  @Override
  public String template() {
    return "events/offer-lapsed";
  }
}
