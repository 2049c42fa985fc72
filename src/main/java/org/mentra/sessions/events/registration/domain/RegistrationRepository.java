package org.mentra.sessions.events.registration.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.shared.NotFound;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RegistrationRepository extends JpaRepository<Registration, UUID> {

  default Registration getOrFail(UUID id) {
    return findById(id).orElseThrow(() -> new NotFound("Registration", id));
  }

  Optional<Registration> findByEventIdAndPersonId(UUID eventId, UUID personId);

  List<Registration> findByEventIdOrderByArrival(UUID eventId);

  List<Registration> findByEventIdAndStatusInOrderByArrival(UUID eventId, Collection<RegistrationStatus> statuses);

  long countByEventIdAndStatusIn(UUID eventId, Collection<RegistrationStatus> statuses);

  @Query("select coalesce(max(r.arrival), 0) from Registration r where r.eventId = :eventId")
  int lastArrival(UUID eventId);

  List<Registration> findByPersonIdOrderByRegisteredAtDesc(UUID personId);
}
