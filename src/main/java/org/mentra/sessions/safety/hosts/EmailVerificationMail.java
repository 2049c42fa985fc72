package org.mentra.sessions.safety.hosts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** When the confirmation link was last mailed to a person: a retry soon after sends no second mail. */
@Entity
@Table(name = "safety_email_verification")
public class EmailVerificationMail {

  @Id
  @Column(name = "person_id")
  private UUID personId;
  @Column(name = "last_sent_at", nullable = false)
  private Instant lastSentAt;
  @Version
  private Long version;

  protected EmailVerificationMail() {}

  public EmailVerificationMail(UUID personId, Instant sentAt) {
    this.personId = personId;
    this.lastSentAt = sentAt;
  }

  /** Whether a new mail may go out now: the last one is at least {@code resendAfter} old. */
  public boolean mayResendAt(Instant now, Duration resendAfter) {
    return !now.isBefore(lastSentAt.plus(resendAfter));
  }

  public void sent(Instant at) {
    this.lastSentAt = at;
  }

  public Instant getLastSentAt() {
    return lastSentAt;
  }
}
