package org.mentra.sessions.safety.blocks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.safety.BlockOrigin;

/** One person asked not to meet another (or a moderator decided so on a report). */
@Entity
@Table(name = "safety_block")
public class PersonBlock {

  @Id
  private UUID id;

  @Column(name = "blocker_id", nullable = false)
  private UUID blockerId;

  @Column(name = "blocked_id", nullable = false)
  private UUID blockedId;

  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private BlockOrigin origin;

  @Column(name = "report_id")
  private UUID reportId;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  private Long version;

  protected PersonBlock() {}

  public PersonBlock(UUID blockerId, UUID blockedId, String reason, BlockOrigin origin, UUID reportId,
      String createdBy, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.blockerId = blockerId;
    this.blockedId = blockedId;
    this.reason = reason;
    this.origin = origin;
    this.reportId = reportId;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public UUID getId() {
    return id;
  }

  public UUID getBlockerId() {
    return blockerId;
  }

  public UUID getBlockedId() {
    return blockedId;
  }

  public Optional<String> getReason() {
    return Optional.ofNullable(reason);
  }

  public BlockOrigin getOrigin() {
    return origin;
  }

  public Optional<UUID> getReportId() {
    return Optional.ofNullable(reportId);
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
