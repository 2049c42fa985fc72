package org.mentra.sessions.events;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
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

  @Enumerated(EnumType.STRING)
  @Column(name = "event_type")
  private EventType eventType;

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

  /** Physical and hybrid events: where they meet. */
  @Embedded
  private EventLocation location;

  /** Virtual and hybrid group events: the room people join (from the meeting room provider). */
  @Column(name = "meeting_url")
  private String meetingUrl;

  /** A few plain values a client keeps with the event (bounded, see {@link EventMetadata}). */
  @Convert(converter = EventMetadata.Column.class)
  private Map<String, Object> metadata = new LinkedHashMap<>();

  /** The series this event is an occurrence of, if any. */
  @Column(name = "series_id")
  private UUID seriesId;

  /** An occurrence's start as its series' rule gives it (RFC 5545 RECURRENCE-ID), also once it was moved. */
  @Column(name = "recurrence_id")
  private Instant recurrenceId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  private Long version;

  protected Event() {}

  Event(UUID id, EventKind kind, Instant now) {
    this.id = id;
    this.kind = kind;
    this.status = EventStatus.DRAFT;
    this.createdAt = now;
    this.updatedAt = now;
  }

  void describe(String title, String description, EventType eventType, String theme, EventFormat format,
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

  void schedule(Instant startsAt, Instant endsAt, ZoneId zone) {
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.timeZone = zone.getId();
  }

  /** Moves the event on in its life; only the steps {@link EventStatus#mayBecome} allows. */
  void changeStatus(EventStatus status, Instant now) {
    if (!this.status.mayBecome(status)) {
      throw new IllegalStateException("Event " + id + " cannot go from " + this.status + " to " + status);
    }
    this.status = status;
    this.updatedAt = now;
  }

  void place(EventLocation location, Map<String, Object> metadata) {
    this.location = location;
    this.metadata = new LinkedHashMap<>(metadata == null ? Map.of() : metadata);
  }

  void giveRoom(String meetingUrl) {
    this.meetingUrl = meetingUrl;
  }

  void belongTo(UUID seriesId, Instant recurrenceId) {
    this.seriesId = seriesId;
    this.recurrenceId = recurrenceId;
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

  public Optional<EventType> getEventType() {
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

  public Optional<EventLocation> getLocation() {
    return Optional.ofNullable(location);
  }

  public Optional<String> getMeetingUrl() {
    return Optional.ofNullable(meetingUrl);
  }

  public Map<String, Object> getMetadata() {
    return metadata == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }

  public Optional<UUID> getSeriesId() {
    return Optional.ofNullable(seriesId);
  }

  public Optional<Instant> getRecurrenceId() {
    return Optional.ofNullable(recurrenceId);
  }

  public boolean isRestricted() {
    return privacy.isRestricted();
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
