package org.mentra.sessions.events.registration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * When a group event was published: its priority window starts then (the event itself records no publication
 * time). Its meeting room is the event's ({@code Event.getMeetingUrl}); the {@code meeting_url} column of V24 is
 * no longer written.
 */
@Entity
@Table(name = "group_event_publication")
public class GroupEventPublication {

  @Id
  @Column(name = "event_id")
  private UUID eventId;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  @Version
  private Long version;

  protected GroupEventPublication() {}

  public GroupEventPublication(UUID eventId, Instant publishedAt) {
    this.eventId = eventId;
    this.publishedAt = publishedAt;
  }

  public UUID getEventId() {
    return eventId;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }
}
