package org.mentra.sessions.events;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who takes part in events, as the feature that keeps registrations tells it ({@code events.registration}
 * for group events; several implementations are joined). Events asks it whom to tell of a change or a
 * cancellation, who may see a private event and its resources, and what a host's analytics count; with no
 * implementation, nobody is registered.
 */
public interface EventParticipants {

  /** The people with a confirmed seat, in the order they got it: they get the invites and hear of changes. */
  List<UUID> confirmedOf(UUID eventId);

  /**
   * The events the person holds or waits for a place in: confirmed, waiting for approval, offered a seat
   * or on the waitlist (not after cancelling, or after an offer or approval was declined).
   */
  Set<UUID> eventsOf(UUID personId);

  /** Whether the person holds or waits for a place in the event (see {@link #eventsOf}). */
  default boolean isRegistered(UUID eventId, UUID personId) {
    return eventsOf(personId).contains(eventId);
  }

  /** How many hold a place and how many wait for one. */
  default Counts countsOf(UUID eventId) {
    return new Counts(confirmedOf(eventId).size(), 0);
  }

  /** An event's sign-ups: confirmed places, and people on the waitlist. */
  record Counts(int confirmed, int waitlisted) {}
}
