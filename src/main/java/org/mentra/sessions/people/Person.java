package org.mentra.sessions.people;

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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A member of the platform: mentee, patient, mentor, counselor or host, with their profile. */
@Entity
@Table(name = "person")
public class Person {

  @Id
  private UUID id;

  /** The platform's user id (the login name), when the person has one. */
  @Column(name = "user_id", unique = true)
  private String userId;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(nullable = false, unique = true)
  private String email;

  @Column(name = "time_zone", nullable = false)
  private String timeZone;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Plan plan;

  @Convert(converter = StringListConverter.class)
  @Column(nullable = false)
  private List<String> topics = new ArrayList<>();

  @Convert(converter = StringListConverter.class)
  @Column(nullable = false)
  private List<String> languages = new ArrayList<>();

  @Convert(converter = StringListConverter.class)
  @Column(nullable = false)
  private List<String> expertise = new ArrayList<>();

  /** 1 (new) to 5 (most experienced). */
  @Column(nullable = false)
  private int seniority;

  /** Share of sessions kept, 0..1; maintained by accountability, read by matching. */
  @Column(nullable = false)
  private double reliability = 1.0;

  @Column(name = "paused_until")
  private Instant pausedUntil;

  @Column(name = "pause_reason")
  private String pauseReason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** When the email address was confirmed; null while a self-registered person has not yet confirmed it. */
  @Column(name = "email_verified_at")
  private Instant emailVerifiedAt;

  @Version
  private Long version;

  protected Person() {}

  public Person(String displayName, String email, ZoneId timeZone, Set<Role> roles, Plan plan, Instant createdAt) {
    this(UUID.randomUUID(), displayName, email, timeZone, roles, plan, createdAt);
  }

  /** With a given id, for data whose ids must stay the same across runs (the demo community). */
  public Person(UUID id, String displayName, String email, ZoneId timeZone, Set<Role> roles, Plan plan,
      Instant createdAt) {
    this.id = id;
    this.displayName = displayName;
    this.email = email;
    this.timeZone = timeZone.getId();
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    this.plan = plan;
    this.seniority = 1;
    this.createdAt = createdAt;
    this.emailVerifiedAt = createdAt; // staff enter addresses they know; self-registration says otherwise
  }

  /** A person who registered themselves: their address counts once they confirm it by the mailed link. */
  public void awaitEmailVerification() {
    this.emailVerifiedAt = null;
  }

  /** The address is confirmed (the first confirmation is kept). */
  public void verifyEmail(Instant at) {
    if (emailVerifiedAt == null) {
      emailVerifiedAt = at;
    }
  }

  public boolean isEmailVerified() {
    return emailVerifiedAt != null;
  }

  public Optional<Instant> getEmailVerifiedAt() {
    return Optional.ofNullable(emailVerifiedAt);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public boolean isPausedAt(Instant when) {
    return pausedUntil != null && pausedUntil.isAfter(when);
  }

  /** Whether the person speaks the language (case-insensitive, e.g. "en"). */
  public boolean speaks(String language) {
    return languages.stream().anyMatch(l -> l.equalsIgnoreCase(language));
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  /** The locale mail is written for; English until profiles carry a preferred language. */
  public Locale locale() {
    return Locale.ENGLISH;
  }

  public void pauseUntil(Instant until, String reason) {
    this.pausedUntil = until;
    this.pauseReason = reason;
  }

  public void liftPause() {
    this.pausedUntil = null;
    this.pauseReason = null;
  }

  public UUID getId() {
    return id;
  }

  public Optional<String> getUserId() {
    return Optional.ofNullable(userId);
  }

  public void setUserId(String userId) {
    this.userId = userId;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public Set<Role> getRoles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public Plan getPlan() {
    return plan;
  }

  public void setPlan(Plan plan) {
    this.plan = plan;
  }

  public List<String> getTopics() {
    return List.copyOf(topics);
  }

  public void setTopics(List<String> topics) {
    this.topics = new ArrayList<>(topics);
  }

  public List<String> getLanguages() {
    return List.copyOf(languages);
  }

  public void setLanguages(List<String> languages) {
    this.languages = new ArrayList<>(languages);
  }

  public List<String> getExpertise() {
    return List.copyOf(expertise);
  }

  public void setExpertise(List<String> expertise) {
    this.expertise = new ArrayList<>(expertise);
  }

  public int getSeniority() {
    return seniority;
  }

  public void setSeniority(int seniority) {
    this.seniority = seniority;
  }

  public double getReliability() {
    return reliability;
  }

  public void setReliability(double reliability) {
    this.reliability = reliability;
  }

  public Optional<Instant> getPausedUntil() {
    return Optional.ofNullable(pausedUntil);
  }

  public Optional<String> getPauseReason() {
    return Optional.ofNullable(pauseReason);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
