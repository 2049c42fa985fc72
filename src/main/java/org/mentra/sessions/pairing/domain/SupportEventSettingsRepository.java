package org.mentra.sessions.pairing.domain;

import java.util.UUID;
import org.mentra.sessions.shared.NotFound;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SupportEventSettingsRepository extends JpaRepository<SupportEventSettings, UUID>,
    SupportEventSettingsByIds {

  /** An event's paired support settings (every paired support event has them), or the domain's "not found". */
  default SupportEventSettings getOrFail(UUID eventId) {
    return findById(eventId).orElseThrow(() -> new NotFound("Paired support settings of event", eventId));
  }
}
