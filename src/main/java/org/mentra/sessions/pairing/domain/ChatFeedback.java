package org.mentra.sessions.pairing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** How a chat went, in the words of one of its people: a rating from 1 to 5 and a comment. */
@Entity
@Table(name = "chat_feedback")
public class ChatFeedback {

  @Id
  private UUID id;

  @Column(name = "chat_id", nullable = false)
  private UUID chatId;

  @Column(name = "person_id", nullable = false)
  private UUID personId;

  @Column(nullable = false)
  private int rating;

  @Column(name = "comment_text")
  private String comment;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** Null until stored: that is how a save of a new one is told from an update. */
  @Version
  private Long version;

  protected ChatFeedback() {}

  public ChatFeedback(UUID chatId, UUID personId, int rating, String comment, Instant now) {
    this.id = UUID.randomUUID();
    this.chatId = chatId;
    this.personId = personId;
    this.rating = rating;
    this.comment = comment;
    this.createdAt = now;
  }

  UUID getChatId() {
    return chatId;
  }

  UUID getPersonId() {
    return personId;
  }

  public int getRating() {
    return rating;
  }

  public Optional<String> getComment() {
    return Optional.ofNullable(comment);
  }
}
