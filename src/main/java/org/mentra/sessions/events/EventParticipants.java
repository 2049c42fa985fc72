package org.mentra.sessions.events;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who is registered for events, as the feature that keeps registrations tells it (group
 * registrations implement it; several implementations are joined). Events asks it whom to tell of a
 * change or a cancellation and who may see a private event; with no implementation, nobody is.
 */
public interface EventParticipants {

  /** The people holding a confirmed seat: they get the event's invites and hear of its changes. */
  List<UUID> confirmedOf(UUID eventId);

  /**
   * The events the person is registered for in any way still alive (confirmed, waitlisted, offered,
   * waiting for approval): they may see them even when they are private.
   */
  Set<UUID> eventsOf(UUID personId);
}
