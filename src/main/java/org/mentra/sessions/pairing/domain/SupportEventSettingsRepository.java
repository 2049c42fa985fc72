package org.mentra.sessions.pairing.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.mentra.sessions.shared.NotFound;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SupportEventSettingsRepository extends JpaRepository<SupportEventSettings, UUID> {

  /** An event's paired support settings (every paired support event has them), or the domain's "not found". */
  default SupportEventSettings getOrFail(UUID eventId) {
    return findById(eventId).orElseThrow(() -> new NotFound("Paired support settings of event", eventId));
  }

  /**
   * The settings of these events, for every list of events: a written query, which Hibernate translates once,
   * where findAllById builds a criteria query that is translated anew on every call (JFR: half of an events
   * list's CPU).
   */
  @Query("select s from SupportEventSettings s where s.eventId in :eventIds")
  List<SupportEventSettings> findByEventIds(Collection<UUID> eventIds);
}
