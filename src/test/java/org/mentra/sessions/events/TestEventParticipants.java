package org.mentra.sessions.events;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Registrations for tests of events' own behaviour (telling registrants, visibility), independent of
 * the registration feature: tests confirm people for events they created themselves. Joined with every
 * other {@link EventParticipants}.
 */
@Component
public class TestEventParticipants implements EventParticipants {

  private final Map<UUID, List<UUID>> confirmed = new ConcurrentHashMap<>();

  public void confirm(UUID eventId, UUID personId) {
    confirmed.computeIfAbsent(eventId, id -> new CopyOnWriteArrayList<>()).add(personId);
  }

  @Override
  public List<UUID> confirmedOf(UUID eventId) {
    return List.copyOf(confirmed.getOrDefault(eventId, List.of()));
  }

  @Override
  public Set<UUID> eventsOf(UUID personId) {
    return confirmed.entrySet().stream().filter(e -> e.getValue().contains(personId)).map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }
}
