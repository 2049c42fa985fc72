package org.mentra.sessions.events.resources.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A link, document or recording the host or a coordinator added to an event for its participants. */
@Entity
@Table(name = "event_resource")
public class EventResource {

  @Id
  private UUID id;

  @Column(name = "event_id", nullable = false)
  private UUID eventId;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String url;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ResourceType type;

  /** The login that added it. */
  @Column(name = "added_by")
  private String addedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  private Long version;

  protected EventResource() {}

  public EventResource(UUID eventId, String title, String url, ResourceType type, String addedBy, Instant now) {
    this.id = UUID.randomUUID();
    this.eventId = eventId;
    this.title = title;
    this.url = url;
    this.type = type;
    this.addedBy = addedBy;
    this.createdAt = now;
  }

  public boolean isRecording() {
    return type == ResourceType.RECORDING;
  }

  public UUID getId() {
    return id;
  }

  public UUID getEventId() {
    return eventId;
  }

  public String getTitle() {
    return title;
  }

  public String getUrl() {
    return url;
  }

  public ResourceType getType() {
    return type;
  }

  public Optional<String> getAddedBy() {
    return Optional.ofNullable(addedBy);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
