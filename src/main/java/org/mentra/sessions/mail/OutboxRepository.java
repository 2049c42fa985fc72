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

  /** Asked at every mail step (a request's or a job's): written, not derived (see PersonRepository.findByUserId). */
  @Query("select m from OutboundMessage m where m.dedupKey = :dedupKey")
  Optional<OutboundMessage> findByDedupKey(String dedupKey);

  @Query("select case when count(m) > 0 then true else false end from OutboundMessage m where m.dedupKey = :dedupKey")
  boolean existsByDedupKey(String dedupKey);

  List<OutboundMessage> findByRecipientEmailOrderByCreatedAt(String recipientEmail);

  List<OutboundMessage> findByRecipientPersonIdOrderByCreatedAt(UUID recipientPersonId);

  List<OutboundMessage> findByStatus(MailStatus status);

  /** Newest first; a null status means any, an empty recipient anyone (else part of name or address). */
  @Query(value = """
      select m from OutboundMessage m
      where (:status is null or m.status = :status)
        and (:recipient = '' or lower(m.recipientEmail) like lower(concat('%', :recipient, '%'))
             or lower(m.recipientName) like lower(concat('%', :recipient, '%')))
      order by m.createdAt desc""")
  Page<OutboundMessage> search(MailStatus status, String recipient, Pageable pageable);

  @Query("select count(m) from OutboundMessage m where m.status = :status")
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
