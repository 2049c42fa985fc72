package org.mentra.sessions.safety.reports;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ModerationRecordRepository extends JpaRepository<ModerationRecord, UUID> {

  List<ModerationRecord> findByReportIdOrderByPosition(UUID reportId);

  int countByReportId(UUID reportId);
}
