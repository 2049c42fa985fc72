package org.mentra.sessions.engine;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mentra.sessions.retry.RetryableRepository;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;

interface PendingCorrelationRepository extends RetryableRepository<PendingCorrelation> {

  @Query("""
      select c.id from PendingCorrelation c
      where c.status = org.mentra.sessions.engine.PendingCorrelation.Status.PENDING
        and c.retry.nextAttemptAt <= :now
        and (c.retry.claimedUntil is null or c.retry.claimedUntil < :now)
      order by c.retry.nextAttemptAt""")
  @Override
  List<UUID> findDue(Instant now, Limit limit);

  long countByStatus(PendingCorrelation.Status status);
}
