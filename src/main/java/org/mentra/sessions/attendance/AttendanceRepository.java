package org.mentra.sessions.attendance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttendanceRepository extends JpaRepository<Attendance, UUID> {

  Optional<Attendance> findBySessionKindAndSessionIdAndPersonId(SessionKind kind, UUID sessionId, UUID personId);

  List<Attendance> findByPersonId(UUID personId);

  List<Attendance> findBySessionKindAndSessionId(SessionKind kind, UUID sessionId);

  @Query("select a.status from Attendance a where a.personId = :personId")
  List<AttendanceStatus> findStatusesByPersonId(UUID personId);

  List<Attendance> findBySessionStartGreaterThanEqualAndSessionStartLessThanOrderBySessionStart(Instant from,
      Instant to);
}
