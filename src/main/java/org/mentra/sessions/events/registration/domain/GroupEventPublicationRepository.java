package org.mentra.sessions.events.registration.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GroupEventPublicationRepository extends JpaRepository<GroupEventPublication, UUID> {}
