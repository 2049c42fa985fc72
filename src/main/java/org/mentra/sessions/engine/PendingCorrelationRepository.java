package org.mentra.sessions.engine;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PendingCorrelationRepository extends JpaRepository<PendingCorrelation, UUID> {

  @Query("""
      select c.id from PendingCorrelation c
      where c.status = org.mentra.sessions.engine.PendingCorrelation.Status.PENDING
        and c.retry.nextAttemptAt <= :now
        and (c.retry.claimedUntil is null or c.retry.claimedUntil < :now)
      order by c.retry.nextAttemptAt""")
  List<UUID> findDue(Instant now, Limit limit);

  long countByStatus(PendingCorrelation.Status status);
}
