package org.mentra.sessions.events.registration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** The version of the code of conduct a person accepted last (at a registration), and when. */
@Entity
@Table(name = "code_of_conduct_acceptance")
public class CodeOfConductAcceptance {

  @Id
  @Column(name = "person_id")
  private UUID personId;

  @Column(name = "version_name", nullable = false)
  private String versionName;

  @Column(name = "accepted_at", nullable = false)
  private Instant acceptedAt;

  @Version
  private Long version;

  protected CodeOfConductAcceptance() {}

  public CodeOfConductAcceptance(UUID personId, String versionName, Instant now) {
    this.personId = personId;
    accept(versionName, now);
  }

  public void accept(String versionName, Instant now) {
    this.versionName = versionName;
    this.acceptedAt = now;
  }

  public UUID getPersonId() {
    return personId;
  }

  public String getVersionName() {
    return versionName;
  }

  public Instant getAcceptedAt() {
    return acceptedAt;
  }
}
