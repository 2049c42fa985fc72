package org.mentra.sessions.events.registration.mail;

import java.time.Instant;
import java.util.UUID;
import org.mentra.sessions.links.ConcernContext;
import org.mentra.sessions.mail.SessionMail;

/**
 * {@code mail/events/registration-confirmed}: the seat is theirs (after an approval, said so), with the invite,
 * when the reminders come, and the person's private calendar feed with a link to give it a new address.
 */
record RegistrationConfirmed(UUID eventId, String title, Instant start, Instant end, String where, boolean approved,
    String note, String firstReminder, String lastReminder, String calendarUrl, String newCalendarAddressUrl)
    implements SessionMail {

  @Override
  public String template() {
    return "events/registration-confirmed";
  }

  @Override
  public ConcernContext concern() {
    return ConcernContext.event(eventId);
  }
}
