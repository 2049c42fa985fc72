package org.mentra.sessions.accountability.domain;

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
import org.mentra.sessions.attendance.AttendanceReport;
import org.mentra.sessions.attendance.ParticipantRole;
import org.mentra.sessions.attendance.SessionKind;

/**
 * One missed session of one person. It counts against them while it is active and the session lies
 * within the rolling window; the person may explain it until {@code explainBy}, and a coordinator's
 * decision may remove it.
 */
@Entity
@Table(name = "strike")
public class Strike {

  @Id
  private UUID id;

  @Column(name = "person_id", nullable = false)
  private UUID personId;

  @Enumerated(EnumType.STRING)
  @Column(name = "session_kind", nullable = false)
  private SessionKind sessionKind;

  @Column(name = "session_id", nullable = false)
  private UUID sessionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ParticipantRole role;

  /** When the missed session started: the rolling window counts from here. */
  @Column(name = "missed_at", nullable = false)
  private Instant missedAt;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "explain_by", nullable = false)
  private Instant explainBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private StrikeStatus status;

  private String explanation;

  @Column(name = "explained_at")
  private Instant explainedAt;

  @Enumerated(EnumType.STRING)
  private StrikeDecision decision;

  @Column(name = "coordinator_note")
  private String coordinatorNote;

  @Column(name = "decided_at")
  private Instant decidedAt;

  /** The end of the pause this strike caused, if it caused one. */
  @Column(name = "pause_until")
  private Instant pauseUntil;

  @Version
  private Long version;

  protected Strike() {}

  public Strike(AttendanceReport noShow, Instant now, Instant explainBy) {
    this.id = UUID.randomUUID();
    this.personId = noShow.personId();
    this.sessionKind = noShow.sessionKind();
    this.sessionId = noShow.sessionId();
    this.role = noShow.role();
    this.missedAt = noShow.sessionStart();
    this.recordedAt = now;
    this.explainBy = explainBy;
    this.status = StrikeStatus.ACTIVE;
  }

  public boolean isActive() {
    return status == StrikeStatus.ACTIVE;
  }

  public boolean isExplained() {
    return explanation != null;
  }

  public boolean isDecided() {
    return decision != null;
  }

  public void explain(String text, Instant now) {
    this.explanation = text;
    this.explainedAt = now;
  }

  public void decide(StrikeDecision decision, String note, Instant now) {
    this.decision = decision;
    this.coordinatorNote = note == null || note.isBlank() ? null : note.strip();
    this.decidedAt = now;
    if (decision == StrikeDecision.EXCUSED) {
      this.status = StrikeStatus.EXCUSED;
    }
  }

  public void withdraw() {
    this.status = StrikeStatus.WITHDRAWN;
  }

  /** A withdrawn no-show reported again: it counts anew, with a fresh chance to explain. */
  public void reinstate(Instant now, Instant explainBy) {
    this.status = StrikeStatus.ACTIVE;
    this.recordedAt = now;
    this.explainBy = explainBy;
    this.explanation = null;
    this.explainedAt = null;
    this.decision = null;
    this.coordinatorNote = null;
    this.decidedAt = null;
    this.pauseUntil = null;
  }

  public void pausedUntil(Instant until) {
    this.pauseUntil = until;
  }

  public UUID getId() {
    return id;
  }

  public UUID getPersonId() {
    return personId;
  }

  public SessionKind getSessionKind() {
    return sessionKind;
  }

  public UUID getSessionId() {
    return sessionId;
  }

  public ParticipantRole getRole() {
    return role;
  }

  public Instant getMissedAt() {
    return missedAt;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public Instant getExplainBy() {
    return explainBy;
  }

  public StrikeStatus getStatus() {
    return status;
  }

  public Optional<String> getExplanation() {
    return Optional.ofNullable(explanation);
  }

  public Optional<Instant> getExplainedAt() {
    return Optional.ofNullable(explainedAt);
  }

  public Optional<StrikeDecision> getDecision() {
    return Optional.ofNullable(decision);
  }

  public Optional<String> getCoordinatorNote() {
    return Optional.ofNullable(coordinatorNote);
  }

  public Optional<Instant> getPauseUntil() {
    return Optional.ofNullable(pauseUntil);
  }
}
