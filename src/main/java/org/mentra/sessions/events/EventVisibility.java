package org.mentra.sessions.events;

import java.util.Set;
import java.util.UUID;

/**
 * A rule another module adds to who may see an event (the safety module: a host's blocks). Asked by
 * {@link EventAudience} for private and invite-only events only; what it hides is hidden even from an
 * invitee or someone registered, and the event does not exist for them (404), as for anyone not invited.
 */
public interface EventVisibility {

  /** The hosts whose private and invite-only events the person may not see. */
  Set<UUID> hostsHiddenFrom(UUID personId);
}
