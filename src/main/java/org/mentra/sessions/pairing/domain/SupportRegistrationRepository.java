package org.mentra.sessions.pairing.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SupportRegistrationRepository extends JpaRepository<SupportRegistration, UUID> {

  Optional<SupportRegistration> findByEventIdAndPatientId(UUID eventId, UUID patientId);

  List<SupportRegistration> findByEventIdAndStatusOrderByCreatedAt(UUID eventId, RegistrationStatus status);
}
