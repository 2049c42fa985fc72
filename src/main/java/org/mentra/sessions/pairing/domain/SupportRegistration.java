package org.mentra.sessions.pairing.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.pairing.planning.domain.Interval;
import org.mentra.sessions.shared.TimeRange;

/** A patient's sign-up for a paired support event: when they can talk, what they ask for, where it stands. */
@Entity
@Table(name = "support_registration")
public class SupportRegistration {

  @Id
  private UUID id;

  @Column(name = "event_id", nullable = false)
  private UUID eventId;

  @Column(name = "patient_id", nullable = false)
  private UUID patientId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RegistrationStatus status;

  @Column(name = "preferred_counselor_id")
  private UUID preferredCounselorId;

  @Convert(converter = PreferencesConverter.class)
  @Column(nullable = false)
  private RegistrationPreferences preferences;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "support_registration_window", joinColumns = @JoinColumn(name = "registration_id"))
  @AttributeOverride(name = "start", column = @Column(name = "starts_at", nullable = false))
  @AttributeOverride(name = "end", column = @Column(name = "ends_at", nullable = false))
  private List<TimeRange> windows = new ArrayList<>();

  /** Since when the patient waits for a counselor (set each time they join the waitlist). */
  @Column(name = "waiting_since")
  private Instant waitingSince;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  private Long version;

  protected SupportRegistration() {}

  public SupportRegistration(UUID eventId, UUID patientId, Instant now) {
    this.id = UUID.randomUUID();
    this.eventId = eventId;
    this.patientId = patientId;
    this.preferences = RegistrationPreferences.NONE;
    this.createdAt = now;
    this.status = RegistrationStatus.WAITING;
    this.waitingSince = now;
  }

  /** (Re-)states when the patient can talk and what they ask for; they wait for a counselor. */
  public void request(List<Interval> availability, RegistrationPreferences newPreferences, UUID preferredCounselor,
      Instant now) {
    this.windows = new ArrayList<>(Interval.merge(availability).stream().map(Interval::range).toList());
    this.preferences = newPreferences == null ? RegistrationPreferences.NONE : newPreferences;
    this.preferredCounselorId = preferredCounselor;
    waitAgain(now);
  }

  public void paired() {
    this.status = RegistrationStatus.PAIRED;
    this.waitingSince = null;
  }

  /** Back on the waitlist (their counselor cancelled, or no one could take over). */
  public void waitAgain(Instant now) {
    if (status != RegistrationStatus.WAITING || waitingSince == null) {
      this.waitingSince = now;
    }
    this.status = RegistrationStatus.WAITING;
  }

  public void cancel() {
    this.status = RegistrationStatus.CANCELLED;
    this.waitingSince = null;
  }

  public boolean isWaiting() {
    return status == RegistrationStatus.WAITING;
  }

  public List<Interval> availability() {
    return windows.stream().map(Interval::of).toList();
  }

  public UUID getId() {
    return id;
  }

  public UUID getEventId() {
    return eventId;
  }

  public UUID getPatientId() {
    return patientId;
  }

  public RegistrationStatus getStatus() {
    return status;
  }

  public Optional<UUID> getPreferredCounselorId() {
    return Optional.ofNullable(preferredCounselorId);
  }

  public RegistrationPreferences getPreferences() {
    return preferences;
  }

  public Optional<Instant> getWaitingSince() {
    return Optional.ofNullable(waitingSince);
  }

  Instant getCreatedAt() {
    return createdAt;
  }
}
