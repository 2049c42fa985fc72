package org.mentra.sessions.pairing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** What a paired support event adds to its event: the slot length counselors start from, and how patients pair. */
@Entity
@Table(name = "support_event_settings")
public class SupportEventSettings {

  @Id
  @Column(name = "event_id")
  private UUID eventId;

  /** The slot length counselors start from (each may choose their own). */
  @Column(name = "slot_minutes", nullable = false)
  private int slotMinutes;

  @Enumerated(EnumType.STRING)
  @Column(name = "pairing_mode", nullable = false)
  private PairingMode pairingMode;

  @Version
  private Long version;

  protected SupportEventSettings() {}

  public SupportEventSettings(UUID eventId, int slotMinutes, PairingMode pairingMode) {
    this.eventId = eventId;
    set(slotMinutes, pairingMode);
  }

  public void set(int slotMinutes, PairingMode pairingMode) {
    this.slotMinutes = slotMinutes;
    this.pairingMode = pairingMode;
  }

  public UUID getEventId() {
    return eventId;
  }

  public int getSlotMinutes() {
    return slotMinutes;
  }

  public PairingMode getPairingMode() {
    return pairingMode;
  }
}
