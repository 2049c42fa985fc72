package org.mentra.sessions.events;

import java.util.List;
import java.util.Locale;
import org.mentra.sessions.calendar.InviteAttendee;
import org.mentra.sessions.calendar.SessionInvite;
import org.mentra.sessions.people.Person;
import org.springframework.stereotype.Component;

/**
 * What a group event's calendar invite says, the same wherever it is sent from (registration,
 * changes, cancellation): one UID per event ({@code event-<id>@mentra-sessions}), the title, the
 * description with the place, and the meeting room as LOCATION/URL.
 */
@Component
public class EventInvites {

  /** The invite's UID for the event. */
  public String uidOf(Event event) {
    return SessionInvite.uidOf("event", event.getId());
  }

  /** The invite as it stands, to these attendees (those confirmed now). */
  public SessionInvite inviteOf(Event event, List<Person> attendees) {
    StringBuilder description = new StringBuilder(event.getDescription().orElse(""));
    event.getLocation().ifPresent(place -> {
      appendLine(description, "Where: " + place.address());
      if (place.directions() != null) {
        appendLine(description, "Getting there: " + place.directions());
      }
      if (place.accessibilityNotes() != null) {
        appendLine(description, "Access: " + place.accessibilityNotes());
      }
    });
    if (event.getFormat() != EventFormat.VIRTUAL) {
      appendLine(description, "Format: " + event.getFormat().name().toLowerCase(Locale.ROOT));
    }
    return new SessionInvite(uidOf(event), event.getTitle(), description.isEmpty() ? null : description.toString(),
        event.getStartsAt(), event.getEndsAt(), event.getMeetingUrl().orElse(null),
        attendees.stream().map(InviteAttendee::of).toList());
  }

  private static void appendLine(StringBuilder text, String line) {
    if (!text.isEmpty()) {
      text.append("\n\n");
    }
    text.append(line);
  }
}
