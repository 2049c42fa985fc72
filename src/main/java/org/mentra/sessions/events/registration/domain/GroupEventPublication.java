package org.mentra.sessions.events.registration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** When a group event was published (its priority window starts then), and its meeting room if it meets online. */
@Entity
@Table(name = "group_event_publication")
public class GroupEventPublication {

  @Id
  @Column(name = "event_id")
  private UUID eventId;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  @Column(name = "meeting_url")
  private String meetingUrl;

  @Version
  private Long version;

  protected GroupEventPublication() {}

  public GroupEventPublication(UUID eventId, Instant publishedAt, String meetingUrl) {
    this.eventId = eventId;
    this.publishedAt = publishedAt;
    this.meetingUrl = meetingUrl;
  }

  public Optional<String> getMeetingUrl() {
    return Optional.ofNullable(meetingUrl);
  }

  public UUID getEventId() {
    return eventId;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }
}
