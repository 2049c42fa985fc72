package org.mentra.sessions.events.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Asked on the path of event requests (who may see a private event): written queries, since Spring Data
 * builds a derived query anew on each call under a lock per method (see PersonRepository.findByUserId).
 */
public interface EventInviteeRepository extends JpaRepository<EventInvitee, UUID> {

  @Query("select i from EventInvitee i where i.eventId = :eventId order by i.invitedAt")
  List<EventInvitee> findByEventIdOrderByInvitedAt(UUID eventId);

  @Query("select i from EventInvitee i where i.eventId = :eventId and i.personId = :personId")
  Optional<EventInvitee> findByEventIdAndPersonId(UUID eventId, UUID personId);

  @Query("select case when count(i) > 0 then true else false end from EventInvitee i "
      + "where i.eventId = :eventId and i.personId = :personId")
  boolean existsByEventIdAndPersonId(UUID eventId, UUID personId);
}
