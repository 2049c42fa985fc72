package org.mentra.sessions.pairing.domain;

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
import org.mentra.sessions.pairing.planning.domain.Interval;

/**
 * A pair: one patient and one counselor (the volunteer) in one slot of an event. While it is live it
 * holds its seat ({@code counselor_seat}) and its registration ({@code live_registration}); the unique
 * constraints on both refuse a second chat in the same seat or for the same registration.
 */
@Entity
@Table(name = "chat")
public class Chat {

  @Id
  private UUID id;

  @Column(name = "event_id", nullable = false)
  private UUID eventId;

  @Column(name = "registration_id", nullable = false)
  private UUID registrationId;

  @Column(name = "patient_id", nullable = false)
  private UUID patientId;

  @Column(name = "counselor_id", nullable = false)
  private UUID counselorId;

  /** The counselor who did not come, after a standby took over. */
  @Column(name = "late_counselor_id")
  private UUID lateCounselorId;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(nullable = false)
  private int compatibility;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ChatStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "cancelled_by")
  private CancelledBy cancelledBy;

  @Column(name = "meeting_url", nullable = false)
  private String meetingUrl;

  @Column(name = "counselor_seat", unique = true)
  private String counselorSeat;

  @Column(name = "live_registration", unique = true)
  private UUID liveRegistration;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  private Long version;

  protected Chat() {}

  public Chat(UUID id, UUID eventId, UUID registrationId, UUID patientId, UUID counselorId, Interval time, int compatibility,
      String meetingUrl, ChatStatus status, Instant now) {
    this.id = id;
    this.eventId = eventId;
    this.registrationId = registrationId;
    this.patientId = patientId;
    this.counselorId = counselorId;
    this.startsAt = time.start();
    this.endsAt = time.end();
    this.compatibility = compatibility;
    this.meetingUrl = meetingUrl;
    this.status = status;
    this.counselorSeat = seatKey(counselorId, startsAt);
    this.liveRegistration = registrationId;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** The pair is announced: from now on it is pinned. */
  public void publish(Instant now) {
    if (status == ChatStatus.PLANNED) {
      status = ChatStatus.SCHEDULED;
      updatedAt = now;
    }
  }

  /** A standby counselor takes over from one who did not come. */
  public void handOverTo(UUID standbyId, int standbyCompatibility, Instant now) {
    this.lateCounselorId = counselorId;
    this.counselorId = standbyId;
    this.compatibility = standbyCompatibility;
    this.counselorSeat = seatKey(standbyId, startsAt);
    this.updatedAt = now;
  }

  public void cancel(CancelledBy by, Instant now) {
    this.cancelledBy = by;
    end(ChatStatus.CANCELLED, now);
  }

  public void end(ChatStatus outcome, Instant now) {
    this.status = outcome;
    this.counselorSeat = null;
    this.liveRegistration = null;
    this.updatedAt = now;
  }

  public boolean isLive() {
    return status.isLive();
  }

  /** Whether the person is the patient or the counselor now in charge. */
  public boolean involves(UUID personId) {
    return patientId.equals(personId) || counselorId.equals(personId);
  }

  public boolean hasStartedAt(Instant now) {
    return !now.isBefore(startsAt);
  }

  public Interval time() {
    return new Interval(startsAt, endsAt);
  }

  private static String seatKey(UUID counselorId, Instant start) {
    return counselorId + "@" + start.getEpochSecond();
  }

  public UUID getId() {
    return id;
  }

  public UUID getEventId() {
    return eventId;
  }

  public UUID getRegistrationId() {
    return registrationId;
  }

  public UUID getPatientId() {
    return patientId;
  }

  public UUID getCounselorId() {
    return counselorId;
  }

  public Optional<UUID> getLateCounselorId() {
    return Optional.ofNullable(lateCounselorId);
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public int getCompatibility() {
    return compatibility;
  }

  public ChatStatus getStatus() {
    return status;
  }

  public Optional<CancelledBy> getCancelledBy() {
    return Optional.ofNullable(cancelledBy);
  }

  public String getMeetingUrl() {
    return meetingUrl;
  }
}
