package org.mentra.sessions.pairing.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SupportEventSettingsRepository extends JpaRepository<SupportEventSettings, UUID> {}
