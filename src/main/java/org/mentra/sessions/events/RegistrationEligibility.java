package org.mentra.sessions.events;

import org.mentra.sessions.people.Person;

/**
 * A rule another module adds to who may register for an event (a host's block, a confirmed email address,
 * from the safety module). Every bean of this type is asked, for a group event after the plan, the pause and
 * the code of conduct, for a paired support sign-up after the pause, in the transaction of the registration; it refuses with a {@link org.mentra.sessions.shared.Refused} whose type names the
 * reason (for a block: {@code blocked-by-host}).
 */
public interface RegistrationEligibility {

  void check(Event event, Person person);
}
