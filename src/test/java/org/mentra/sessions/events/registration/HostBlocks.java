package org.mentra.sessions.events.registration;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.RegistrationEligibility;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.shared.Refused;
import org.springframework.stereotype.Component;

/**
 * A host's blocks, as the safety module will keep them: for tests, the (event, person) pairs a test adds.
 * Everyone else passes, so other tests never notice it.
 */
@Component
public class HostBlocks implements RegistrationEligibility {

  private static final Set<String> BLOCKED = ConcurrentHashMap.newKeySet();

  public static void block(UUID eventId, UUID personId) {
    BLOCKED.add(eventId + "/" + personId);
  }

  @Override
  public void check(Event event, Person person) {
    if (BLOCKED.contains(event.getId() + "/" + person.getId())) {
      throw new Refused("blocked-by-host", "Not possible for this host's events",
          "The host of '" + event.getTitle() + "' has asked not to have you at their events.",
          Map.of("hostId", event.getHostId().orElseThrow()));
    }
  }
}
