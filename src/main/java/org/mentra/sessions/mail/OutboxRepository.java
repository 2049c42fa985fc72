package org.mentra.sessions.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.retry.RetryableRepository;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;

public interface OutboxRepository extends RetryableRepository<OutboundMessage> {

  Optional<OutboundMessage> findByDedupKey(String dedupKey);

  boolean existsByDedupKey(String dedupKey);

  List<OutboundMessage> findByRecipientEmailOrderByCreatedAt(String recipientEmail);

  List<OutboundMessage> findByRecipientPersonIdOrderByCreatedAt(UUID recipientPersonId);

  List<OutboundMessage> findByStatus(MailStatus status);

  Page<OutboundMessage> findAllByOrderByCreatedAtDesc(Pageable pageable);

  Page<OutboundMessage> findByStatusOrderByCreatedAtDesc(MailStatus status, Pageable pageable);

  long countByStatus(MailStatus status);

  @Query("""
      select m.id from OutboundMessage m
      where m.status = org.mentra.sessions.mail.MailStatus.PENDING
        and m.retry.nextAttemptAt <= :now
        and (m.retry.claimedUntil is null or m.retry.claimedUntil < :now)
      order by m.retry.nextAttemptAt""")
  @Override
  List<UUID> findDue(Instant now, Limit limit);
}
