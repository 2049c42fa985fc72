package org.mentra.sessions.calendar.busy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * The calendar feed a person gave for their busy times: the URL sealed (it grants reading their
 * calendar), and in the clear only the scheme and host it is shown as.
 */
@Entity
@Table(name = "busy_calendar")
public class BusyCalendar {

  @Id
  @Column(name = "person_id")
  private UUID personId;

  @Column(name = "sealed_url", nullable = false)
  private String sealedUrl;

  @Column(name = "shown_as", nullable = false)
  private String shownAs;

  @Column(name = "connected_at", nullable = false)
  private Instant connectedAt;

  @Version
  private Long version;

  protected BusyCalendar() {}

  public BusyCalendar(UUID personId, String sealedUrl, String shownAs, Instant now) {
    this.personId = personId;
    replace(sealedUrl, shownAs, now);
  }

  public final void replace(String sealedUrl, String shownAs, Instant now) {
    this.sealedUrl = sealedUrl;
    this.shownAs = shownAs;
    this.connectedAt = now;
  }

  public UUID getPersonId() {
    return personId;
  }

  public String getSealedUrl() {
    return sealedUrl;
  }

  public String getShownAs() {
    return shownAs;
  }

  public Instant getConnectedAt() {
    return connectedAt;
  }

  /** Never the URL. */
  @Override
  public String toString() {
    return "BusyCalendar[" + personId + ", " + shownAs + "]";
  }
}
