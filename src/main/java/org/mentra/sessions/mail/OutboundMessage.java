package org.mentra.sessions.mail;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.retry.RetryState;
import org.mentra.sessions.retry.Retryable;

/**
 * One mail in the transactional outbox: written in the same transaction as the step that decided
 * to send it, sent after commit. Its dedup key makes a repeated step compose nothing twice.
 */
@Entity
@Table(name = "outbound_message")
public class OutboundMessage implements Retryable {

  @Id
  private UUID id;

  @Column(name = "dedup_key", nullable = false, unique = true)
  private String dedupKey;

  @Column(nullable = false)
  private String purpose;

  @Column(name = "recipient_person_id")
  private UUID recipientPersonId;

  @Column(name = "recipient_email", nullable = false)
  private String recipientEmail;

  @Column(name = "recipient_name")
  private String recipientName;

  @Column(nullable = false)
  private String subject;

  @Column(name = "text_body", nullable = false)
  private String textBody;

  @Column(name = "html_body", nullable = false)
  private String htmlBody;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MailStatus status;

  @Embedded
  private RetryState retry;

  @OneToMany(mappedBy = "message", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @OrderBy("position")
  private List<OutboundAttachment> attachments = new ArrayList<>();

  @Version
  private Long version;

  protected OutboundMessage() {}

  OutboundMessage(MailKey key, Recipient to, RenderedMail mail, List<MailAttachment> attachments, Instant now) {
    this.id = UUID.randomUUID();
    this.dedupKey = key.value();
    this.purpose = key.purpose();
    this.recipientPersonId = to.personId();
    this.recipientEmail = to.email();
    this.recipientName = to.name();
    this.subject = mail.subject();
    this.textBody = mail.text();
    this.htmlBody = mail.html();
    this.createdAt = now;
    this.status = MailStatus.PENDING;
    this.retry = RetryState.dueAt(now);
    for (MailAttachment attachment : attachments) {
      this.attachments.add(new OutboundAttachment(this, this.attachments.size(), attachment));
    }
  }

  void sent(Instant now) {
    status = MailStatus.SENT;
    sentAt = now;
    retry.release();
  }

  void failed() {
    status = MailStatus.FAILED;
  }

  /** A coordinator asks to try a failed mail again. */
  void retryNow(Instant now) {
    status = MailStatus.PENDING;
    retry.resetAt(now);
  }

  /** The RFC 5322 Message-ID: stable across retries, so a receiving server can drop a resend. */
  public String messageId() {
    return "<" + id + "@mentra-sessions>";
  }

  @Override
  public UUID getId() {
    return id;
  }

  @Override
  public RetryState retry() {
    return retry;
  }

  @Override
  public boolean isPending() {
    return status == MailStatus.PENDING;
  }

  public String getDedupKey() {
    return dedupKey;
  }

  public String getPurpose() {
    return purpose;
  }

  public Optional<UUID> getRecipientPersonId() {
    return Optional.ofNullable(recipientPersonId);
  }

  public String getRecipientEmail() {
    return recipientEmail;
  }

  public String getRecipientName() {
    return recipientName;
  }

  public String getSubject() {
    return subject;
  }

  public String getTextBody() {
    return textBody;
  }

  public String getHtmlBody() {
    return htmlBody;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Optional<Instant> getSentAt() {
    return Optional.ofNullable(sentAt);
  }

  public MailStatus getStatus() {
    return status;
  }

  public List<OutboundAttachment> getAttachments() {
    return List.copyOf(attachments);
  }
}
