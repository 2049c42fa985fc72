package org.mentra.sessions.events.registration.mail;

import java.time.Instant;
import org.mentra.sessions.shared.TemplateModel;

/** {@code mail/events/registration-cancelled}: their registration ended (they cancelled, or the event was called off), with the calendar cancellation. */
record RegistrationCancelled(String title, Instant start, Instant end, boolean eventCancelled) implements TemplateModel {

  @Override
  public String template() {
    return "events/registration-cancelled";
  }
}
