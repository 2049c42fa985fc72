package org.mentra.sessions.accountability;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttendanceRepository extends JpaRepository<Attendance, UUID> {

  Optional<Attendance> findBySessionKindAndSessionIdAndPersonId(SessionKind kind, UUID sessionId, UUID personId);

  List<Attendance> findByPersonId(UUID personId);

  List<Attendance> findBySessionKindAndSessionId(SessionKind kind, UUID sessionId);
}
