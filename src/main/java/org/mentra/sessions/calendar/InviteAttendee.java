package org.mentra.sessions.calendar;

import java.util.Locale;
import java.util.UUID;
import org.mentra.sessions.people.Person;

/**
 * One invited person. The address identifies the attendee (it is what calendar clients match), so
 * it is kept trimmed and in lower case.
 *
 * @param personId the person's id, or null for a mailbox without a profile
 */
public record InviteAttendee(UUID personId, String name, String email) {

  public InviteAttendee {
    if (email == null || email.isBlank()) {
      throw new IllegalArgumentException("An attendee needs an email address");
    }
    email = email.strip().toLowerCase(Locale.ROOT);
  }

  public static InviteAttendee of(Person person) {
    return new InviteAttendee(person.getId(), person.getDisplayName(), person.getEmail());
  }

  boolean sameAddressAs(InviteAttendee other) {
    return email.equals(other.email);
  }
}
