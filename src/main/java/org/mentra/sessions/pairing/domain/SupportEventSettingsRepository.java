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

  /** The settings of those of these events that have them, in no particular order. */
  default List<SupportEventSettings> findByEventIds(Collection<UUID> eventIds) {
    return settingsOfEvents(eventIds.toArray(UUID[]::new));
  }

  /**
   * With the ids as one array parameter, so the query's text and SQL stay the same whatever their number and
   * Hibernate translates it once: an {@code in :ids} list is translated anew on every call, and so is a multi-id
   * load's select (JFR: a sixth of an events list's time on PostgreSQL).
   */
  @Query("select s from SupportEventSettings s where array_contains(:eventIds, s.eventId)")
  List<SupportEventSettings> settingsOfEvents(UUID[] eventIds);
}
