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
import org.mentra.sessions.safety.ModerationAction;

/** One line of a report's audit trail: who did what, when, and why. Never changed once written. */
@Entity
@Table(name = "safety_moderation_record")
public class ModerationRecord {

  @Id
  private UUID id;
  @Column(name = "report_id", nullable = false)
  private UUID reportId;
  @Enumerated(EnumType.STRING)
  @Column(name = "action_name", nullable = false)
  private ModerationAction action;
  @Column(nullable = false)
  private String actor;
  @Column(name = "acted_at", nullable = false)
  private Instant at;
  /** Its place in the report's trail (several lines may share an instant). */
  @Column(nullable = false)
  private int position;
  private String what;
  private String why;
  @Version
  private Long version;

  protected ModerationRecord() {}

  public ModerationRecord(UUID reportId, int position, ModerationAction action, String actor, Instant at,
      String what, String why) {
    this.id = UUID.randomUUID();
    this.position = position;
    this.reportId = reportId;
    this.action = action;
    this.actor = actor;
    this.at = at;
    this.what = what;
    this.why = why;
  }

  public UUID getReportId() {
    return reportId;
  }

  public ModerationAction getAction() {
    return action;
  }

  public String getActor() {
    return actor;
  }

  public Instant getAt() {
    return at;
  }

  public Optional<String> getWhat() {
    return Optional.ofNullable(what);
  }

  public Optional<String> getWhy() {
    return Optional.ofNullable(why);
  }
}
