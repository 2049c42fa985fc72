package org.mentra.sessions.pairing.domain;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CounselorAvailabilityRepository extends JpaRepository<CounselorAvailability, UUID> {

  List<CounselorAvailability> findByEventId(UUID eventId);

  Optional<CounselorAvailability> findByEventIdAndCounselorId(UUID eventId, UUID counselorId);

  /**
   * The availability, locked until the transaction ends: bookings, pairings and standby hand-overs of
   * one counselor's seats happen one after the other, so two of them never take overlapping time.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select a from CounselorAvailability a where a.eventId = :eventId and a.counselorId = :counselorId")
  Optional<CounselorAvailability> lockByEventIdAndCounselorId(UUID eventId, UUID counselorId);

  /** The same for several counselors, locked in counselor order, so two callers never deadlock. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("""
      select a from CounselorAvailability a where a.eventId = :eventId and a.counselorId in :counselorIds
      order by a.counselorId""")
  List<CounselorAvailability> lockByEventIdAndCounselorIdIn(UUID eventId, Collection<UUID> counselorIds);
}
