package org.mentra.sessions.pairing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A compatibility score a coordinator set for one patient and one counselor; it replaces the computed one. */
@Entity
@Table(name = "compatibility_override")
public class CompatibilityOverride {

  @EmbeddedId
  private Key key;

  @Column(nullable = false)
  private int score;

  @Column(name = "set_by", nullable = false)
  private String setBy;

  @Column(name = "set_at", nullable = false)
  private Instant setAt;

  @Version
  private Long version;

  protected CompatibilityOverride() {}

  public CompatibilityOverride(UUID patientId, UUID counselorId) {
    this.key = new Key(patientId, counselorId);
  }

  public void set(int newScore, String by, Instant now) {
    this.score = newScore;
    this.setBy = by;
    this.setAt = now;
  }

  public UUID patientId() {
    return key.patientId();
  }

  public UUID counselorId() {
    return key.counselorId();
  }

  public int getScore() {
    return score;
  }

  String getSetBy() {
    return setBy;
  }

  /** Patient and counselor. */
  @Embeddable
  public record Key(@Column(name = "patient_id") UUID patientId, @Column(name = "counselor_id") UUID counselorId) {}
}
