package org.mentra.sessions.events.registration.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.shared.NotFound;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Asked on the path of registration requests: written queries, since Spring Data builds a derived query anew
 * on each call under a lock per method (see PersonRepository.findByUserId).
 */
public interface RegistrationRepository extends JpaRepository<Registration, UUID> {

  default Registration getOrFail(UUID id) {
    return findById(id).orElseThrow(() -> new NotFound("Registration", id));
  }

  @Query("select r from Registration r where r.eventId = :eventId and r.personId = :personId")
  Optional<Registration> findByEventIdAndPersonId(UUID eventId, UUID personId);

  @Query("select r from Registration r where r.eventId = :eventId order by r.arrival")
  List<Registration> findByEventIdOrderByArrival(UUID eventId);

  @Query("select r from Registration r where r.eventId = :eventId and r.status in :statuses order by r.arrival")
  List<Registration> findByEventIdAndStatusInOrderByArrival(UUID eventId, Collection<RegistrationStatus> statuses);

  @Query("select count(r) from Registration r where r.eventId = :eventId and r.status in :statuses")
  long countByEventIdAndStatusIn(UUID eventId, Collection<RegistrationStatus> statuses);

  @Query("select coalesce(max(r.arrival), 0) from Registration r where r.eventId = :eventId")
  int lastArrival(UUID eventId);

  @Query("select r from Registration r where r.personId = :personId order by r.registeredAt desc")
  List<Registration> findByPersonIdOrderByRegisteredAtDesc(UUID personId);
}
