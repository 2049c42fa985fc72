package org.mentra.sessions.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.people.Plan;

/**
 * An event of the platform: a group gathering or a paired support event. What every event has lives
 * here; what a kind adds is kept by the feature that runs it ({@link EventKindExtension}).
 */
@Entity
@Table(name = "event")
public class Event {

  @Id
  private UUID id;

  @Column(nullable = false)
  private String title;

  private String description;

  @Column(name = "event_type")
  private String eventType;

  /** What the event is about, in lower case: depression, trauma, anxiety, abuse, drug addiction, or another. */
  private String theme;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EventKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EventFormat format;

  @Column(name = "host_id")
  private UUID hostId;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(name = "time_zone", nullable = false)
  private String timeZone;

  @Column(name = "max_participants")
  private Integer maxParticipants;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EventPrivacy privacy;

  @Enumerated(EnumType.STRING)
  @Column(name = "plan_required")
  private Plan planRequired;

  @Column(name = "requires_approval", nullable = false)
  private boolean requiresApproval;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EventStatus status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  private Long version;

  protected Event() {}

  public Event(UUID id, EventKind kind, Instant now) {
    this.id = id;
    this.kind = kind;
    this.status = EventStatus.DRAFT;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public void describe(String title, String description, String eventType, String theme, EventFormat format,
      UUID hostId, Integer maxParticipants, EventPrivacy privacy, Plan planRequired, boolean requiresApproval) {
    this.title = title;
    this.description = description;
    this.eventType = eventType;
    this.theme = theme;
    this.format = format;
    this.hostId = hostId;
    this.maxParticipants = maxParticipants;
    this.privacy = privacy;
    this.planRequired = planRequired;
    this.requiresApproval = requiresApproval;
  }

  public void schedule(Instant startsAt, Instant endsAt, ZoneId zone) {
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.timeZone = zone.getId();
  }

  public void changeStatus(EventStatus status, Instant now) {
    this.status = status;
    this.updatedAt = now;
  }

  void touched(Instant now) {
    this.updatedAt = now;
  }

  public boolean isPairedSupport() {
    return kind == EventKind.PAIRED_SUPPORT;
  }

  public boolean isPublished() {
    return status == EventStatus.PUBLISHED;
  }

  public UUID getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public Optional<String> getDescription() {
    return Optional.ofNullable(description);
  }

  public Optional<String> getEventType() {
    return Optional.ofNullable(eventType);
  }

  public Optional<String> getTheme() {
    return Optional.ofNullable(theme);
  }

  public EventKind getKind() {
    return kind;
  }

  public EventFormat getFormat() {
    return format;
  }

  public Optional<UUID> getHostId() {
    return Optional.ofNullable(hostId);
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  public Optional<Integer> getMaxParticipants() {
    return Optional.ofNullable(maxParticipants);
  }

  public EventPrivacy getPrivacy() {
    return privacy;
  }

  public Optional<Plan> getPlanRequired() {
    return Optional.ofNullable(planRequired);
  }

  public boolean isRequiresApproval() {
    return requiresApproval;
  }

  public EventStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
