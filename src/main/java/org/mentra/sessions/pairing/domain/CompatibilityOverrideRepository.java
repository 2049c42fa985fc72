package org.mentra.sessions.pairing.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CompatibilityOverrideRepository extends JpaRepository<CompatibilityOverride, CompatibilityOverride.Key> {

  @Query("""
      select o from CompatibilityOverride o
      where o.key.patientId in :patientIds and o.key.counselorId in :counselorIds""")
  List<CompatibilityOverride> findAmong(Collection<UUID> patientIds, Collection<UUID> counselorIds);
}
