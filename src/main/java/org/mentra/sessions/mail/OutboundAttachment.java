package org.mentra.sessions.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** A text attachment of an outbox mail (calendar invites). */
@Entity
@Table(name = "outbound_attachment")
public class OutboundAttachment {

  @Id
  private UUID id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "message_id")
  private OutboundMessage message;

  @Column(nullable = false)
  private int position;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(nullable = false)
  private String content;

  @Version
  private Long version;

  protected OutboundAttachment() {}

  OutboundAttachment(OutboundMessage message, int position, MailAttachment attachment) {
    this.id = UUID.randomUUID();
    this.message = message;
    this.position = position;
    this.fileName = attachment.fileName();
    this.contentType = attachment.contentType();
    this.content = attachment.content();
  }

  public UUID getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public String getContent() {
    return content;
  }
}
