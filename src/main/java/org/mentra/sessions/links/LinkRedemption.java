package org.mentra.sessions.links;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * A single-use link that has been applied; its nonce can never be applied again. Always inserted,
 * never merged, so a second redemption fails on the primary key instead of overwriting the first.
 */
@Entity
@Table(name = "link_redemption")
class LinkRedemption implements Persistable<String> {

  @Id
  private String nonce;

  @Column(nullable = false)
  private String purpose;

  @Column(name = "person_id", nullable = false)
  private UUID personId;

  @Column(nullable = false)
  private String subject;

  @Column(name = "redeemed_at", nullable = false)
  private Instant redeemedAt;

  @Version
  private Long version;

  protected LinkRedemption() {}

  @Override
  public String getId() {
    return nonce;
  }

  @Override
  public boolean isNew() {
    return true;
  }

  LinkRedemption(LinkToken token, Instant now) {
    this.nonce = token.nonce();
    this.purpose = token.purpose();
    this.personId = token.personId();
    this.subject = token.subject();
    this.redeemedAt = now;
  }
}
