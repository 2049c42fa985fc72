package org.mentra.sessions.events.mail;

import java.time.Instant;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventLocation;

/** What the events' mails show of an event. */
public record EventMailView(String title, Instant startsAt, Instant endsAt, String meetingUrl, EventLocation location) {

  static EventMailView of(Event event) {
    return new EventMailView(event.getTitle(), event.getStartsAt(), event.getEndsAt(),
        event.getMeetingUrl().orElse(null), event.getLocation().orElse(null));
  }
}
