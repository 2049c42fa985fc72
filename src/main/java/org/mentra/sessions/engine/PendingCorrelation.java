package org.mentra.sessions.engine;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.mentra.sessions.retry.RetryState;
import org.mentra.sessions.retry.Retryable;

/** A message on its way to a process, kept until it lands, so a click is never lost. */
@Entity
@Table(name = "pending_correlation")
class PendingCorrelation implements Retryable {

  enum Status { PENDING, DELIVERED, EXPIRED }

  @Id
  private UUID id;

  @Column(name = "message_name", nullable = false)
  private String messageName;

  @Column(name = "business_key")
  private String businessKey;

  @Convert(converter = JsonMapConverter.class)
  @Column(name = "local_match", nullable = false)
  private Map<String, Object> localMatch;

  @Convert(converter = JsonMapConverter.class)
  @Column(nullable = false)
  private Map<String, Object> variables;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Embedded
  private RetryState retry;

  @Version
  private Long version;

  protected PendingCorrelation() {}

  PendingCorrelation(Correlation correlation, Instant now) {
    this.id = UUID.randomUUID();
    this.messageName = correlation.message().messageName();
    this.businessKey = correlation.businessKey();
    this.localMatch = JsonMapConverter.requireKeptAsIs(correlation.localMatch());
    this.variables = JsonMapConverter.requireKeptAsIs(correlation.variables());
    this.createdAt = now;
    this.expiresAt = now.plus(correlation.keepFor());
    this.status = Status.PENDING;
    this.retry = RetryState.dueAt(now);
  }

  @Override
  public UUID getId() {
    return id;
  }

  @Override
  public RetryState retry() {
    return retry;
  }

  @Override
  public boolean isPending() {
    return status == Status.PENDING;
  }

  boolean isExpiredAt(Instant now) {
    return expiresAt.isBefore(now);
  }

  void delivered() {
    status = Status.DELIVERED;
    retry.release();
  }

  void expired() {
    status = Status.EXPIRED;
    retry.release();
  }

  String messageName() {
    return messageName;
  }

  String businessKey() {
    return businessKey;
  }

  Map<String, Object> localMatch() {
    return localMatch;
  }

  Map<String, Object> variables() {
    return variables;
  }

  Status status() {
    return status;
  }
}
