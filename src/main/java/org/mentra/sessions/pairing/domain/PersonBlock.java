package org.mentra.sessions.pairing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One person asked never to be paired with another (or a coordinator decided so). It works both ways.
 * Kept with pairing for now; when the safety feature (reports, blocks from a host's events) arrives it
 * may move to the kernel next to Person.
 */
@Entity
@Table(name = "person_block")
public class PersonBlock {

  @EmbeddedId
  private Key key;

  private String reason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** Null until stored: that is how a save of a new one is told from an update. */
  @Version
  private Long version;

  protected PersonBlock() {}

  public PersonBlock(UUID personId, UUID blockedPersonId, String reason, Instant now) {
    this.key = new Key(personId, blockedPersonId);
    this.reason = reason;
    this.createdAt = now;
  }

  public UUID personId() {
    return key.personId();
  }

  public UUID blockedPersonId() {
    return key.blockedPersonId();
  }

  /** Who blocked whom. */
  @Embeddable
  public record Key(@Column(name = "person_id") UUID personId, @Column(name = "blocked_person_id") UUID blockedPersonId) {}
}
