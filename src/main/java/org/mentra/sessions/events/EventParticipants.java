package org.mentra.sessions.events;

import java.util.List;
import java.util.UUID;

/**
 * Who signed up for an event, as event registration keeps it. Published so the features of an event
 * (resources of a private event, analytics) ask one place; registration implements it.
 */
public interface EventParticipants {

  /** Whether the person holds a place at the event (confirmed; not waitlisted, declined or cancelled). */
  boolean isRegistered(UUID eventId, UUID personId);

  /** The people with a confirmed place. */
  List<UUID> confirmedOf(UUID eventId);

  /** How many hold a place and how many wait for one; registration counts the waitlist. */
  default Counts countsOf(UUID eventId) {
    return new Counts(confirmedOf(eventId).size(), 0);
  }

  /** An event's sign-ups: confirmed places, and people on the waitlist. */
  record Counts(int confirmed, int waitlisted) {}
}
