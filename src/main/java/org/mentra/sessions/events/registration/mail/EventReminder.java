package org.mentra.sessions.events.registration.mail;

import java.time.Instant;
import org.mentra.sessions.shared.TemplateModel;

/** {@code mail/events/reminder}: the event is coming up, with the invite and, online, the join link. */
record EventReminder(String title, Instant start, Instant end, String where, String startsIn, String joinUrl) implements TemplateModel {

  @Override
  public String template() {
    return "events/reminder";
  }
}
