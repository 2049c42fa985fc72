package org.mentra.sessions.safety.hosts;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.safety.HostVerificationStatus;

/** An application to host professional events, and the verification it gave (host-verification's business key). */
@Entity
@Table(name = "safety_host_application")
public class HostApplication {

  @Id
  private UUID id;
  @Column(name = "person_id", nullable = false)
  private UUID personId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private HostVerificationStatus status;
  @Column(nullable = false)
  private String credentials;
  @Convert(converter = LinesConverter.class)
  @Column(nullable = false)
  private List<String> expertise = new ArrayList<>();
  @Convert(converter = LinesConverter.class)
  @Column(name = "referees", nullable = false)
  private List<String> references = new ArrayList<>();
  @Column(name = "applied_at", nullable = false)
  private Instant appliedAt;
  @Column(name = "decided_at")
  private Instant decidedAt;
  @Column(name = "decided_by")
  private String decidedBy;
  @Column(name = "rejected_step")
  private String rejectedStep;
  @Column(name = "decision_reason")
  private String decisionReason;
  @Column(name = "verified_at")
  private Instant verifiedAt;
  @Column(name = "expires_at")
  private Instant expiresAt;
  @Column(name = "reapply_after")
  private Instant reapplyAfter;
  @Version
  private Long version;

  protected HostApplication() {}

  public HostApplication(UUID personId, String credentials, List<String> expertise, List<String> references,
      Instant appliedAt) {
    this.id = UUID.randomUUID();
    this.personId = personId;
    this.status = HostVerificationStatus.IN_REVIEW;
    this.credentials = credentials;
    this.expertise = new ArrayList<>(expertise);
    this.references = new ArrayList<>(references);
    this.appliedAt = appliedAt;
  }

  public void reject(String step, String reason, String by, Instant at, Instant reapplyAfter) {
    this.status = HostVerificationStatus.REJECTED;
    this.rejectedStep = step;
    this.decisionReason = reason;
    this.decidedBy = by;
    this.decidedAt = at;
    this.reapplyAfter = reapplyAfter;
  }

  public void verify(String by, Instant at, Instant expiresAt) {
    this.status = HostVerificationStatus.VERIFIED;
    this.decidedBy = by;
    this.decidedAt = at;
    this.verifiedAt = at;
    this.expiresAt = expiresAt;
  }

  public void expire() {
    this.status = HostVerificationStatus.EXPIRED;
  }

  public void renewed() {
    this.status = HostVerificationStatus.RENEWED;
  }

  public void revoke(String reason, Instant at, Instant reapplyAfter) {
    this.status = HostVerificationStatus.REVOKED;
    this.decisionReason = reason;
    this.decidedBy = "moderation";
    this.decidedAt = at;
    this.reapplyAfter = reapplyAfter;
  }

  /** Verified and not yet run out. */
  public boolean isVerifiedAt(Instant when) {
    return status == HostVerificationStatus.VERIFIED && expiresAt != null && expiresAt.isAfter(when);
  }

  /** Still running: in review, or verified (its process waits for the renewal and the expiry). */
  public boolean isRunning() {
    return status == HostVerificationStatus.IN_REVIEW || status == HostVerificationStatus.VERIFIED;
  }

  public UUID getId() {
    return id;
  }

  public UUID getPersonId() {
    return personId;
  }

  public HostVerificationStatus getStatus() {
    return status;
  }

  public String getCredentials() {
    return credentials;
  }

  public List<String> getExpertise() {
    return List.copyOf(expertise);
  }

  public List<String> getReferences() {
    return List.copyOf(references);
  }

  public Instant getAppliedAt() {
    return appliedAt;
  }

  public Optional<String> getDecidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  public Optional<String> getRejectedStep() {
    return Optional.ofNullable(rejectedStep);
  }

  public Optional<String> getDecisionReason() {
    return Optional.ofNullable(decisionReason);
  }

  public Optional<Instant> getVerifiedAt() {
    return Optional.ofNullable(verifiedAt);
  }

  public Optional<Instant> getExpiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  public Optional<Instant> getReapplyAfter() {
    return Optional.ofNullable(reapplyAfter);
  }
}
