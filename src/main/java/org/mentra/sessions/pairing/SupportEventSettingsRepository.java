package org.mentra.sessions.pairing;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupportEventSettingsRepository extends JpaRepository<SupportEventSettings, UUID> {}
