package org.mentra.sessions.events.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EventInviteeRepository extends JpaRepository<EventInvitee, UUID> {

  List<EventInvitee> findByEventIdOrderByInvitedAt(UUID eventId);

  Optional<EventInvitee> findByEventIdAndPersonId(UUID eventId, UUID personId);

  boolean existsByEventIdAndPersonId(UUID eventId, UUID personId);
}
