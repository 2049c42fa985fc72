package org.mentra.sessions.events.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** How one person who attended an event rated it; they may change it, so there is one per person. */
@Entity
@Table(name = "event_feedback")
public class EventFeedback {

  @Id
  private UUID id;

  @Column(name = "event_id", nullable = false)
  private UUID eventId;

  @Column(name = "person_id", nullable = false)
  private UUID personId;

  @Column(nullable = false)
  private int rating;

  private String comment;

  /** Whether the author lets their name stand next to their comment. */
  @Column(name = "show_name", nullable = false)
  private boolean showName;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  private Long version;

  protected EventFeedback() {}

  public EventFeedback(UUID eventId, UUID personId, Instant now) {
    this.id = UUID.randomUUID();
    this.eventId = eventId;
    this.personId = personId;
    this.createdAt = now;
  }

  public void rate(int rating, String comment, boolean showName, Instant now) {
    this.rating = rating;
    this.comment = comment;
    this.showName = showName;
    this.updatedAt = now;
  }

  public UUID getId() {
    return id;
  }

  public UUID getEventId() {
    return eventId;
  }

  public UUID getPersonId() {
    return personId;
  }

  public int getRating() {
    return rating;
  }

  public Optional<String> getComment() {
    return Optional.ofNullable(comment);
  }

  public boolean isShowName() {
    return showName;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
