package org.mentra.sessions.events.registration.mail;

import java.time.Instant;
import org.mentra.sessions.shared.TemplateModel;

/** {@code mail/events/waitlisted}: the event is full; where they stand on the waitlist and how an offer works. */
record Waitlisted(String title, Instant start, Instant end, int position, String holdWords) implements TemplateModel {

  @Override
  public String template() {
    return "events/waitlisted";
  }
}
