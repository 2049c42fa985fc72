package org.mentra.sessions.council.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.mentra.sessions.shared.NotFound;

public interface CouncilSessionRepository extends JpaRepository<CouncilSession, UUID> {

  /**
   * Locks the council's row until the transaction ends (a plain row lock: unlike a JPA lock on an
   * entity this transaction has already read, it never fails on a newer version, it waits).
   */
  @Query(value = "select 1 from council_session where id = :id for update", nativeQuery = true)
  List<Integer> lockRow(UUID id);

  default CouncilSession getOrFail(UUID id) {
    return findById(id).orElseThrow(() -> new NotFound("Council", id));
  }

  /** The mentee's councils since the start of a month, cancelled ones left out (they used no mentor time). */
  @Query("""
      select count(c) from CouncilSession c
      where c.menteeId = :menteeId and c.createdAt >= :since
        and c.status <> org.mentra.sessions.council.domain.CouncilStatus.CANCELLED""")
  long countBookedSince(UUID menteeId, Instant since);

  Page<CouncilSession> findAllByOrderByCreatedAtDesc(Pageable pageable);

  /**
   * Confirmed councils in which one of the mentors takes part and whose hour overlaps the span: for
   * the time selection they are fixed facts.
   */
  @Query("""
      select distinct c from CouncilSession c join c.mentors m
      where c.status = org.mentra.sessions.council.domain.CouncilStatus.CONFIRMED
        and c.id <> :excluded
        and m.selected = true and m.state = org.mentra.sessions.council.domain.MentorState.ACTIVE
        and m.mentorId in :mentorIds
        and c.scheduledStart < :to and c.scheduledEnd > :from""")
  List<CouncilSession> findConfirmedWithMentorsBetween(Collection<UUID> mentorIds, Instant from, Instant to,
      UUID excluded);
}
