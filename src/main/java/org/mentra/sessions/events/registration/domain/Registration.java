package org.mentra.sessions.events.registration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.shared.Conflict;

/** One person's registration for one group event; its {@code event-registration} process carries its id. */
@Entity
@Table(name = "event_registration")
public class Registration {

  /** The waitlist's order: priority plans first, then by arrival. */
  public static final Comparator<Registration> WAITLIST_ORDER = Comparator
      .comparing((Registration r) -> !r.priority).thenComparingInt(r -> r.arrival);

  @Id
  private UUID id;

  @Column(name = "event_id", nullable = false)
  private UUID eventId;

  @Column(name = "person_id", nullable = false)
  private UUID personId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RegistrationStatus status;

  @Column(nullable = false)
  private int arrival;

  @Column(nullable = false)
  private boolean priority;

  @Column(name = "offered_until")
  private Instant offeredUntil;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /** First reminders sent for this arrival (a moved event may earn another), and when the last went out. */
  @Column(name = "first_reminders", nullable = false)
  private int firstReminders;

  @Column(name = "first_reminded_at")
  private Instant firstRemindedAt;

  @Version
  private Long version;

  protected Registration() {}

  public Registration(UUID eventId, UUID personId, Instant now) {
    this.id = UUID.randomUUID();
    this.eventId = eventId;
    this.personId = personId;
    this.registeredAt = now;
    this.updatedAt = now;
  }

  /** (Re-)enters the event: a new place in line, a seat or the waitlist. */
  public void arrive(int arrival, boolean priority, RegistrationStatus status, Instant now) {
    this.arrival = arrival;
    this.priority = priority;
    this.status = status;
    this.offeredUntil = null;
    this.registeredAt = now;
    this.updatedAt = now;
    this.firstReminders = 0;
    this.firstRemindedAt = null;
  }

  /** A first reminder went out now. */
  public void remindedFirst(Instant now) {
    this.firstReminders++;
    this.firstRemindedAt = now;
    this.updatedAt = now;
  }

  public int getFirstReminders() {
    return firstReminders;
  }

  public Optional<Instant> getFirstRemindedAt() {
    return Optional.ofNullable(firstRemindedAt);
  }

  public void offer(Instant until, Instant now) {
    require(RegistrationStatus.WAITLISTED);
    this.status = RegistrationStatus.OFFERED;
    this.offeredUntil = until;
    this.updatedAt = now;
  }

  /** The seat is theirs (an accepted offer, an approval), or held for the approval when it is needed. */
  public void seat(RegistrationStatus seated, Instant now) {
    if (!seated.holdsASeat()) {
      throw new IllegalArgumentException(seated + " holds no seat");
    }
    this.status = seated;
    this.offeredUntil = null;
    this.updatedAt = now;
  }

  public void decline(Instant now) {
    this.status = RegistrationStatus.DECLINED;
    this.offeredUntil = null;
    this.updatedAt = now;
  }

  public void cancel(Instant now) {
    this.status = RegistrationStatus.CANCELLED;
    this.offeredUntil = null;
    this.updatedAt = now;
  }

  private void require(RegistrationStatus expected) {
    if (status != expected) {
      throw new Conflict("The registration is " + status + ", not " + expected + ".");
    }
  }

  public boolean hasOpenOfferAt(Instant now) {
    return status == RegistrationStatus.OFFERED && offeredUntil != null && offeredUntil.isAfter(now);
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

  public RegistrationStatus getStatus() {
    return status;
  }

  public int getArrival() {
    return arrival;
  }

  public boolean isPriority() {
    return priority;
  }

  public Optional<Instant> getOfferedUntil() {
    return Optional.ofNullable(offeredUntil);
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
