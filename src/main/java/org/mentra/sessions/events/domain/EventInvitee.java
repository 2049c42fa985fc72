package org.mentra.sessions.events.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A person invited to a private or invite-only event: they see it, and may register for an invite-only one. */
@Entity
@Table(name = "event_invitee")
public class EventInvitee {

  @Id
  private UUID id;

  @Column(name = "event_id", nullable = false)
  private UUID eventId;

  @Column(name = "person_id", nullable = false)
  private UUID personId;

  @Column(name = "invited_at", nullable = false)
  private Instant invitedAt;

  @Version
  private Long version;

  protected EventInvitee() {}

  public EventInvitee(UUID eventId, UUID personId, Instant invitedAt) {
    this.id = UUID.randomUUID();
    this.eventId = eventId;
    this.personId = personId;
    this.invitedAt = invitedAt;
  }

  public UUID getEventId() {
    return eventId;
  }

  public UUID getPersonId() {
    return personId;
  }

  public Instant getInvitedAt() {
    return invitedAt;
  }
}
