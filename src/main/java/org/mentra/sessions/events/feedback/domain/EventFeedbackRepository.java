package org.mentra.sessions.events.feedback.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.shared.NotFound;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EventFeedbackRepository extends JpaRepository<EventFeedback, UUID> {

  default EventFeedback getOrFail(UUID id) {
    return findById(id).orElseThrow(() -> new NotFound("Feedback", id));
  }

  Optional<EventFeedback> findByEventIdAndPersonId(UUID eventId, UUID personId);

  List<EventFeedback> findByEventIdOrderByUpdatedAtDesc(UUID eventId);

  List<EventFeedback> findByEventIdIn(Collection<UUID> eventIds);
}
