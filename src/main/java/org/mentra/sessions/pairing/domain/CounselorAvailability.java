package org.mentra.sessions.pairing.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.mentra.sessions.pairing.planning.domain.Interval;
import org.mentra.sessions.shared.TimeRange;

/** When a counselor can take chats in one event, and how long their chats are. */
@Entity
@Table(name = "counselor_availability")
public class CounselorAvailability {

  @Id
  private UUID id;

  @Column(name = "event_id", nullable = false)
  private UUID eventId;

  @Column(name = "counselor_id", nullable = false)
  private UUID counselorId;

  @Column(name = "slot_minutes", nullable = false)
  private int slotMinutes;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "counselor_availability_window", joinColumns = @JoinColumn(name = "availability_id"))
  @AttributeOverride(name = "start", column = @Column(name = "starts_at", nullable = false))
  @AttributeOverride(name = "end", column = @Column(name = "ends_at", nullable = false))
  private List<TimeRange> windows = new ArrayList<>();

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  private Long version;

  protected CounselorAvailability() {}

  public CounselorAvailability(UUID eventId, UUID counselorId) {
    this.id = UUID.randomUUID();
    this.eventId = eventId;
    this.counselorId = counselorId;
  }

  /** Replaces the windows (merged: touching windows become one) and the slot length. */
  public void replace(List<Interval> newWindows, int newSlotMinutes, Instant now) {
    this.windows = new ArrayList<>(Interval.merge(newWindows).stream().map(Interval::range).toList());
    this.slotMinutes = newSlotMinutes;
    this.updatedAt = now;
  }

  /** Takes the time out of the windows (the counselor gave up a chat at that time). */
  public void withdraw(Interval time, Instant now) {
    this.windows = new ArrayList<>(time.cutFrom(windows()).stream().map(Interval::range).toList());
    this.updatedAt = now;
  }

  public List<Interval> windows() {
    return windows.stream().map(Interval::of).toList();
  }

  /** The chats this counselor could give: consecutive slots of their length in each window. */
  public List<Interval> slots() {
    return windows().stream().flatMap(w -> w.slots(slotLength()).stream()).toList();
  }

  Duration slotLength() {
    return Duration.ofMinutes(slotMinutes);
  }

  UUID getId() {
    return id;
  }

  public UUID getEventId() {
    return eventId;
  }

  public UUID getCounselorId() {
    return counselorId;
  }

  public int getSlotMinutes() {
    return slotMinutes;
  }
}
