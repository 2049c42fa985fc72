package org.mentra.sessions.safety.blocks;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventVisibility;
import org.mentra.sessions.events.RegistrationEligibility;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.safety.BlockService;
import org.mentra.sessions.shared.Refused;
import org.springframework.stereotype.Component;

/**
 * A host's blocks at the events' door: the blocked person may not register for the host's events (403
 * {@code blocked-by-host}, saying no more: not when, not why) and does not see their private events.
 */
@Component
class BlockedByHost implements RegistrationEligibility, EventVisibility {

  private final BlockService blocks;

  BlockedByHost(BlockService blocks) {
    this.blocks = blocks;
  }

  @Override
  public void check(Event event, Person person) {
    if (event.getHostId().filter(host -> blocks.blocks(host, person.getId())).isPresent()) {
      throw new Refused("blocked-by-host", "Not possible for this host's events",
          "The host of '" + event.getTitle() + "' has asked not to have you at their events.", Map.of());
    }
  }

  @Override
  public Set<UUID> hostsHiddenFrom(UUID personId) {
    return blocks.blockersOf(personId);
  }
}
