package org.mentra.sessions.safety.hosts;

import java.util.List;
import java.util.UUID;
import org.mentra.sessions.shared.NotFound;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HostApplicationRepository extends JpaRepository<HostApplication, UUID> {

  default HostApplication getOrFail(UUID id) {
    return findById(id).orElseThrow(() -> new NotFound("Host application", id));
  }

  /** The person's applications, newest first. */
  List<HostApplication> findByPersonIdOrderByAppliedAtDesc(UUID personId);
}
