package org.mentra.sessions.events.resources.domain;

import java.util.List;
import java.util.UUID;
import org.mentra.sessions.shared.NotFound;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EventResourceRepository extends JpaRepository<EventResource, UUID> {

  default EventResource getOrFail(UUID id) {
    return findById(id).orElseThrow(() -> new NotFound("Resource", id));
  }

  List<EventResource> findByEventIdOrderByCreatedAt(UUID eventId);

  long countByEventId(UUID eventId);
}
