package org.mentra.sessions.calendar;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What a session's calendar invite says: one stable UID per session, the time as instants (sent in
 * UTC, so daylight-saving changes never move it) and who is invited.
 *
 * @param uid stable for the session's whole life, see {@link #uidOf(String, UUID)}
 * @param description optional
 * @param meetingUrl optional; sent as LOCATION and URL
 * @param attendees each address once; none once everyone has been taken off a session that goes on (a group
 *     event whose last registrant cancelled: they get the CANCEL, a later registrant the REQUEST)
 */
public record SessionInvite(String uid, String summary, String description, Instant start, Instant end,
    String meetingUrl, List<InviteAttendee> attendees) {

  private static final String UID_DOMAIN = "@mentra-sessions";

  public SessionInvite {
    requireText(uid, "uid");
    requireText(summary, "summary");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    // iCalendar times have whole seconds; truncating here makes a stored and reloaded invite equal to
    // the one a retried step records again.
    start = start.truncatedTo(ChronoUnit.SECONDS);
    end = end.truncatedTo(ChronoUnit.SECONDS);
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("Invite " + uid + " must end after it starts: " + start + " – " + end);
    }
    // Checked now rather than when the invite is mailed.
    if (meetingUrl != null && !URI.create(meetingUrl).isAbsolute()) {
      throw new IllegalArgumentException("Invite " + uid + " needs an absolute meeting URL, not " + meetingUrl);
    }
    attendees = List.copyOf(attendees);
    Set<String> emails = new HashSet<>();
    for (InviteAttendee attendee : attendees) {
      if (!emails.add(attendee.email())) {
        throw new IllegalArgumentException("Invite " + uid + " lists " + attendee.email() + " twice");
      }
    }
  }

  /** The UID of a session of a kind: {@code uidOf("council", id)} is {@code council-<id>@mentra-sessions}. */
  public static String uidOf(String sessionKind, UUID sessionId) {
    return sessionKind + "-" + sessionId + UID_DOMAIN;
  }

  /** Whether both say the same, whatever the order of the attendees. */
  public boolean sameContentAs(SessionInvite other) {
    return uid.equals(other.uid) && summary.equals(other.summary) && Objects.equals(description, other.description)
        && start.equals(other.start) && end.equals(other.end) && Objects.equals(meetingUrl, other.meetingUrl)
        && Set.copyOf(attendees).equals(Set.copyOf(other.attendees));
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Invite " + name + " is required");
    }
  }
}
