package org.mentra.sessions.events.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.events.series.Recurrence;

/**
 * A series of events: its rule and the first occurrence's start as a wall-clock time in its zone
 * (what keeps 18:00 Berlin at 18:00 across daylight-saving changes). Its occurrences are event rows
 * naming it; which are cancelled or moved is their own state.
 */
@Entity
@Table(name = "event_series")
public class EventSeries {

  @Id
  private UUID id;

  @Column(nullable = false)
  private String title;

  @Column(name = "host_id")
  private UUID hostId;

  @Column(name = "time_zone", nullable = false)
  private String timeZone;

  /** ISO local date-time, e.g. 2031-03-04T18:00. */
  @Column(name = "first_start", nullable = false)
  private String firstStart;

  @Column(name = "length_minutes", nullable = false)
  private int lengthMinutes;

  @Column(name = "recurrence_rule", nullable = false)
  private String recurrenceRule;

  /** The series this one was split from ("this and all following"). */
  @Column(name = "split_from")
  private UUID splitFrom;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  private Long version;

  protected EventSeries() {}

  public EventSeries(UUID id, UUID splitFrom, Instant now) {
    this.id = id;
    this.splitFrom = splitFrom;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public void define(String title, UUID hostId, LocalDateTime firstStart, ZoneId zone, Duration length,
      Recurrence recurrence, Instant now) {
    this.title = title;
    this.hostId = hostId;
    this.firstStart = firstStart.toString();
    this.timeZone = zone.getId();
    this.lengthMinutes = Math.toIntExact(length.toMinutes());
    this.recurrenceRule = recurrence.rule();
    this.updatedAt = now;
  }

  /** The rule ending earlier (the old part of a split). */
  public void endWith(Recurrence recurrence, Instant now) {
    this.recurrenceRule = recurrence.rule();
    this.updatedAt = now;
  }

  public UUID getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public Optional<UUID> getHostId() {
    return Optional.ofNullable(hostId);
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  public LocalDateTime firstStart() {
    return LocalDateTime.parse(firstStart);
  }

  public Duration length() {
    return Duration.ofMinutes(lengthMinutes);
  }

  public Recurrence recurrence() {
    return Recurrence.parse(recurrenceRule);
  }

  public Optional<UUID> getSplitFrom() {
    return Optional.ofNullable(splitFrom);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
