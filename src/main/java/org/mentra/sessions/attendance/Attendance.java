package org.mentra.sessions.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** The one attendance record of a person for a session, whatever reported it. */
@Entity
@Table(name = "attendance")
public class Attendance {

  @Id
  private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(name = "session_kind", nullable = false)
  private SessionKind sessionKind;

  @Column(name = "session_id", nullable = false)
  private UUID sessionId;

  @Column(name = "person_id", nullable = false)
  private UUID personId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ParticipantRole role;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AttendanceStatus status;

  @Column(name = "session_start", nullable = false)
  private Instant sessionStart;

  @Column(nullable = false)
  private String source;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Version
  private Long version;

  protected Attendance() {}

  Attendance(AttendanceReport report, Instant now) {
    this.id = UUID.randomUUID();
    this.sessionKind = report.sessionKind();
    this.sessionId = report.sessionId();
    this.personId = report.personId();
    this.role = report.role();
    update(report, now);
  }

  void update(AttendanceReport report, Instant now) {
    this.status = report.status();
    this.sessionStart = report.sessionStart();
    this.source = report.source();
    this.recordedAt = now;
  }

  void excuse(String source, Instant now) {
    this.status = AttendanceStatus.EXCUSED;
    this.source = source;
    this.recordedAt = now;
  }

  /** Whether a coordinator excused this no-show on review: a later no-show report does not undo that. */
  boolean isExcusedOnReview() {
    return status == AttendanceStatus.EXCUSED && AttendanceService.EXCUSED_ON_REVIEW.equals(source);
  }

  /** Whether the person joined by their link: proof that they were there. */
  public boolean isCheckedIn() {
    return CheckIns.SOURCE.equals(source)
        && (status == AttendanceStatus.ATTENDED || status == AttendanceStatus.LATE);
  }

  public UUID getId() {
    return id;
  }

  public SessionKind getSessionKind() {
    return sessionKind;
  }

  public UUID getSessionId() {
    return sessionId;
  }

  public UUID getPersonId() {
    return personId;
  }

  public ParticipantRole getRole() {
    return role;
  }

  public AttendanceStatus getStatus() {
    return status;
  }

  public Instant getSessionStart() {
    return sessionStart;
  }

  public String getSource() {
    return source;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
