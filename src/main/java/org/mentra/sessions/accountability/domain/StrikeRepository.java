package org.mentra.sessions.accountability.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mentra.sessions.attendance.SessionKind;
import org.mentra.sessions.shared.NotFound;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StrikeRepository extends JpaRepository<Strike, UUID> {

  /** The strike, or the domain's "not found" (an incident in a job, a 404 on the API: never a null). */
  default Strike getOrFail(UUID id) {
    return findById(id).orElseThrow(() -> new NotFound("Strike", id));
  }

  Optional<Strike> findBySessionKindAndSessionIdAndPersonId(SessionKind kind, UUID sessionId, UUID personId);

  /** Active strikes for sessions since the given instant: what counts against a person now. */
  @Query("""
      select count(s) from Strike s
      where s.personId = :personId
        and s.status = org.mentra.sessions.accountability.domain.StrikeStatus.ACTIVE
        and s.missedAt >= :since""")
  int countActiveSince(UUID personId, Instant since);

  List<Strike> findByPersonIdOrderByMissedAtDesc(UUID personId);

  @Query("""
      select distinct s.personId from Strike s
      where s.status = org.mentra.sessions.accountability.domain.StrikeStatus.ACTIVE
        and s.missedAt >= :from and s.missedAt < :to""")
  Set<UUID> findPersonIdsWithActiveStrikesMissedBetween(Instant from, Instant to);

  /** People with a pause from a strike that has not ended yet (it may have been lifted since). */
  @Query("select distinct s.personId from Strike s where s.pauseUntil > :now")
  Set<UUID> findPersonIdsPausedAfter(Instant now);
}
