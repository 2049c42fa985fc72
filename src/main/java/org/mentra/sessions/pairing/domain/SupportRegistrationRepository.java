package org.mentra.sessions.pairing.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.shared.NotFound;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SupportRegistrationRepository extends JpaRepository<SupportRegistration, UUID> {

  /** The registration, or the domain's "not found" (a 404 on the API, an incident in a job: never a null). */
  default SupportRegistration getOrFail(UUID id) {
    return findById(id).orElseThrow(() -> new NotFound("Registration", id));
  }


  Optional<SupportRegistration> findByEventIdAndPatientId(UUID eventId, UUID patientId);

  List<SupportRegistration> findByEventIdAndStatusOrderByCreatedAt(UUID eventId, RegistrationStatus status);
}
