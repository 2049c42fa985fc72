package org.mentra.sessions.calendar.feed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A person's private feed address, as the salt its token is derived from and the token's hash (see
 * {@link FeedSecrets}). One per person: rotating replaces both, so the old address stops at once.
 */
@Entity
@Table(name = "calendar_feed_token")
public class FeedToken {

  @Id
  @Column(name = "person_id")
  private UUID personId;

  @Column(nullable = false)
  private String salt;

  @Column(name = "token_hash", nullable = false)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  private Long version;

  protected FeedToken() {}

  public FeedToken(UUID personId, String salt, String tokenHash, Instant now) {
    this.personId = personId;
    renew(salt, tokenHash, now);
  }

  public final void renew(String salt, String tokenHash, Instant now) {
    this.salt = salt;
    this.tokenHash = tokenHash;
    this.createdAt = now;
  }

  public UUID getPersonId() {
    return personId;
  }

  public String getSalt() {
    return salt;
  }

  public String getTokenHash() {
    return tokenHash;
  }
}
