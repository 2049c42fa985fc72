package org.mentra.sessions.events.registration.mail;

import java.time.Instant;
import java.util.UUID;
import org.mentra.sessions.links.ConcernContext;
import org.mentra.sessions.mail.SessionMail;

/** {@code mail/events/reminder}: the event is coming up, with the invite and, online, the join link. */
record EventReminder(UUID eventId, String title, Instant start, Instant end, String where, String startsIn,
    String joinUrl) implements SessionMail {

  @Override
  public String template() {
    return "events/reminder";
  }

  @Override
  public ConcernContext concern() {
    return ConcernContext.event(eventId);
  }
}
