package org.mentra.sessions.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;

/**
 * An attendee as the ledger keeps them: removed attendees stay, so a later cancel of the whole
 * session does not mail them again and a re-invited one is recognised.
 *
 * @param statusSequence the SEQUENCE at which the attendee was (re)invited or removed
 */
@Embeddable
record AttendeeEntry(
    @Column(name = "person_id") UUID personId,
    @Column(name = "name") String name,
    @Enumerated(EnumType.STRING) @Column(name = "status", nullable = false) Status status,
    @Column(name = "status_sequence", nullable = false) int statusSequence) {

  enum Status {
    ACTIVE,
    REMOVED
  }

  static AttendeeEntry invitedAt(InviteAttendee attendee, int sequence) {
    return new AttendeeEntry(attendee.personId(), attendee.name(), Status.ACTIVE, sequence);
  }

  /** The same active attendee with the id and name as given now. */
  AttendeeEntry describedAs(InviteAttendee attendee) {
    return new AttendeeEntry(attendee.personId(), attendee.name(), status, statusSequence);
  }

  AttendeeEntry removedAt(int sequence) {
    return new AttendeeEntry(personId, name, Status.REMOVED, sequence);
  }

  boolean isActive() {
    return status == Status.ACTIVE;
  }

  boolean wasRemovedAt(int sequence) {
    return status == Status.REMOVED && statusSequence == sequence;
  }

  InviteAttendee toAttendee(String email) {
    return new InviteAttendee(personId, name, email);
  }
}
