package org.mentra.sessions.events;

import java.util.List;
import java.util.UUID;

/**
 * Who takes part in a group event, as its registrations say (implemented by {@code events.registration}):
 * for invites, visibility of private events and the event's own pages.
 */
public interface EventParticipants {

  /** The people with a confirmed seat, in the order they got it. */
  List<UUID> confirmedOf(UUID eventId);

  /**
   * Whether the person holds or waits for a place: confirmed, waiting for approval, offered a seat or on the
   * waitlist (not after cancelling, or after an offer or approval was declined).
   */
  boolean isRegistered(UUID eventId, UUID personId);
}
