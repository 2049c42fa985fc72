package org.mentra.sessions.calendar;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The ledger entry of one session's invite: what was last sent, at which SEQUENCE, to whom. Every
 * change of content raises the SEQUENCE; recording the same content again does not.
 */
@Entity
@Table(name = "calendar_invite")
class CalendarInvite {

  @Id
  private String uid;

  @Column(nullable = false)
  private int sequence;

  @Column(nullable = false)
  private String summary;

  private String description;

  @Column(name = "start_at", nullable = false)
  private Instant startAt;

  @Column(name = "end_at", nullable = false)
  private Instant endAt;

  @Column(name = "meeting_url")
  private String meetingUrl;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private InviteStatus status;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /** By address (lower case); removed attendees stay. */
  @ElementCollection
  @CollectionTable(name = "calendar_invite_attendee", joinColumns = @JoinColumn(name = "invite_uid"))
  @MapKeyColumn(name = "email")
  private Map<String, AttendeeEntry> attendees = new HashMap<>();

  // A wrapper: a new ledger entry has none, so Spring Data persists it instead of merging.
  @Version
  private Long version;

  protected CalendarInvite() {}

  /** The first invite of a session, at SEQUENCE 0. */
  CalendarInvite(SessionInvite invite, Instant now) {
    this.uid = invite.uid();
    this.sequence = 0;
    this.status = InviteStatus.SCHEDULED;
    record(invite, now);
  }

  /** Records the session as it is now; true when that differs from what was sent (SEQUENCE raised). */
  boolean reschedule(SessionInvite invite, Instant now) {
    if (status == InviteStatus.CANCELLED) {
      throw new IllegalStateException("Invite " + uid + " was cancelled; a new session needs a new uid");
    }
    if (lastSent().sameContentAs(invite)) {
      return false;
    }
    sequence++;
    record(invite, now);
    return true;
  }

  /** Cancels the session for everyone; true unless it was cancelled already. */
  boolean cancel(Instant now) {
    if (status == InviteStatus.CANCELLED) {
      return false;
    }
    sequence++;
    status = InviteStatus.CANCELLED;
    updatedAt = now;
    return true;
  }

  /** What the current state means for mail; the same for the same state, so a retry mails the same. */
  InviteChange change(boolean changed) {
    SessionInvite invite = lastSent();
    if (status == InviteStatus.CANCELLED) {
      return new InviteChange(invite, sequence, status, changed, List.of(), invite.attendees());
    }
    return new InviteChange(invite, sequence, status, changed, invite.attendees(),
        attendeesWhere(entry -> entry.wasRemovedAt(sequence)));
  }

  /** The session as last sent, to those still invited. */
  private SessionInvite lastSent() {
    return new SessionInvite(uid, summary, description, startAt, endAt, meetingUrl,
        attendeesWhere(AttendeeEntry::isActive));
  }

  private void record(SessionInvite invite, Instant now) {
    summary = invite.summary();
    description = invite.description();
    startAt = invite.start();
    endAt = invite.end();
    meetingUrl = invite.meetingUrl();
    List<String> dropped = attendees.entrySet().stream()
        .filter(entry -> entry.getValue().isActive())
        .map(Map.Entry::getKey)
        .filter(email -> invite.attendees().stream().noneMatch(attendee -> attendee.email().equals(email)))
        .toList();
    dropped.forEach(email -> attendees.put(email, attendees.get(email).removedAt(sequence)));
    for (InviteAttendee attendee : invite.attendees()) {
      AttendeeEntry entry = attendees.get(attendee.email());
      attendees.put(attendee.email(), entry != null && entry.isActive()
          ? entry.describedAs(attendee)
          : AttendeeEntry.invitedAt(attendee, sequence));
    }
    updatedAt = now;
  }

  /** In address order, so every message lists attendees alike. */
  private List<InviteAttendee> attendeesWhere(Predicate<AttendeeEntry> condition) {
    return attendees.entrySet().stream()
        .filter(entry -> condition.test(entry.getValue()))
        .sorted(Map.Entry.comparingByKey())
        .map(entry -> entry.getValue().toAttendee(entry.getKey()))
        .toList();
  }
}
