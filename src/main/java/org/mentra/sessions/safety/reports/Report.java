package org.mentra.sessions.safety.reports;

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
import org.mentra.sessions.attendance.SessionKind;
import org.mentra.sessions.safety.ModerationDecision;
import org.mentra.sessions.safety.ReportCategory;
import org.mentra.sessions.safety.ReportStatus;

/** A report of a concern and what became of it: the moderator's decision and the one appeal. */
@Entity
@Table(name = "safety_report")
public class Report {

  @Id
  private UUID id;
  @Column(name = "reporter_id", nullable = false)
  private UUID reporterId;
  @Column(name = "reported_person_id")
  private UUID reportedPersonId;
  @Column(name = "event_id")
  private UUID eventId;
  @Enumerated(EnumType.STRING)
  @Column(name = "session_kind")
  private SessionKind sessionKind;
  @Column(name = "session_id")
  private UUID sessionId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReportCategory category;
  @Column(name = "report_text", nullable = false)
  private String text;
  @Column(nullable = false)
  private boolean urgent;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReportStatus status;
  @Column(name = "reported_at", nullable = false)
  private Instant reportedAt;
  @Column(name = "first_action_at")
  private Instant firstActionAt;
  @Column(name = "first_action_by")
  private String firstActionBy;
  @Enumerated(EnumType.STRING)
  private ModerationDecision decision;
  @Column(name = "decision_reason")
  private String decisionReason;
  @Column(name = "decided_by")
  private String decidedBy;
  @Column(name = "decided_at")
  private Instant decidedAt;
  @Column(name = "block_id")
  private UUID blockId;
  @Column(name = "appeal_until")
  private Instant appealUntil;
  @Column(name = "appeal_text")
  private String appealText;
  @Column(name = "appealed_at")
  private Instant appealedAt;
  @Column(name = "appeal_upheld")
  private Boolean appealUpheld;
  @Column(name = "appeal_reason")
  private String appealReason;
  @Column(name = "appeal_decided_by")
  private String appealDecidedBy;
  @Column(name = "appeal_decided_at")
  private Instant appealDecidedAt;
  @Version
  private Long version;

  protected Report() {}

  public Report(UUID reporterId, UUID reportedPersonId, UUID eventId, SessionKind sessionKind, UUID sessionId,
      ReportCategory category, String text, boolean urgent, Instant reportedAt) {
    this.id = UUID.randomUUID();
    this.reporterId = reporterId;
    this.reportedPersonId = reportedPersonId;
    this.eventId = eventId;
    this.sessionKind = sessionKind;
    this.sessionId = sessionId;
    this.category = category;
    this.text = text;
    this.urgent = urgent;
    this.status = ReportStatus.OPEN;
    this.reportedAt = reportedAt;
  }

  /** The first claim or decision by a moderator; later ones change nothing. */
  public boolean touch(String by, Instant at) {
    if (firstActionAt != null) {
      return false;
    }
    firstActionAt = at;
    firstActionBy = by;
    return true;
  }

  public void decide(ModerationDecision decision, String reason, String by, Instant at, Instant appealUntil) {
    this.decision = decision;
    this.decisionReason = reason;
    this.decidedBy = by;
    this.decidedAt = at;
    this.appealUntil = appealUntil;
    this.status = decision.affectsReportedPerson() ? ReportStatus.DECIDED : ReportStatus.CLOSED;
  }

  public void setBlockId(UUID blockId) {
    this.blockId = blockId;
  }

  public void appeal(String text, Instant at) {
    this.appealText = text;
    this.appealedAt = at;
    this.status = ReportStatus.APPEALED;
  }

  public void decideAppeal(boolean upheld, String reason, String by, Instant at) {
    this.appealUpheld = upheld;
    this.appealReason = reason;
    this.appealDecidedBy = by;
    this.appealDecidedAt = at;
    this.status = ReportStatus.CLOSED;
  }

  public void close() {
    this.status = ReportStatus.CLOSED;
  }

  public UUID getId() {
    return id;
  }

  public UUID getReporterId() {
    return reporterId;
  }

  public Optional<UUID> getReportedPersonId() {
    return Optional.ofNullable(reportedPersonId);
  }

  public Optional<UUID> getEventId() {
    return Optional.ofNullable(eventId);
  }

  public Optional<SessionKind> getSessionKind() {
    return Optional.ofNullable(sessionKind);
  }

  public Optional<UUID> getSessionId() {
    return Optional.ofNullable(sessionId);
  }

  public ReportCategory getCategory() {
    return category;
  }

  public String getText() {
    return text;
  }

  public boolean isUrgent() {
    return urgent;
  }

  public ReportStatus getStatus() {
    return status;
  }

  public Instant getReportedAt() {
    return reportedAt;
  }

  public Optional<Instant> getFirstActionAt() {
    return Optional.ofNullable(firstActionAt);
  }

  public Optional<String> getFirstActionBy() {
    return Optional.ofNullable(firstActionBy);
  }

  public Optional<ModerationDecision> getDecision() {
    return Optional.ofNullable(decision);
  }

  public Optional<String> getDecisionReason() {
    return Optional.ofNullable(decisionReason);
  }

  public Optional<String> getDecidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  public Optional<Instant> getDecidedAt() {
    return Optional.ofNullable(decidedAt);
  }

  public Optional<UUID> getBlockId() {
    return Optional.ofNullable(blockId);
  }

  public Optional<Instant> getAppealUntil() {
    return Optional.ofNullable(appealUntil);
  }

  public Optional<String> getAppealText() {
    return Optional.ofNullable(appealText);
  }

  public Optional<Instant> getAppealedAt() {
    return Optional.ofNullable(appealedAt);
  }

  public Optional<Boolean> getAppealUpheld() {
    return Optional.ofNullable(appealUpheld);
  }

  public Optional<String> getAppealReason() {
    return Optional.ofNullable(appealReason);
  }

  public Optional<String> getAppealDecidedBy() {
    return Optional.ofNullable(appealDecidedBy);
  }
}
