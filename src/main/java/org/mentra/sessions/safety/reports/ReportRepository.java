package org.mentra.sessions.safety.reports;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.mentra.sessions.safety.ReportStatus;
import org.mentra.sessions.shared.NotFound;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportRepository extends JpaRepository<Report, UUID> {

  default Report getOrFail(UUID id) {
    return findById(id).orElseThrow(() -> new NotFound("Report", id));
  }

  List<Report> findByReportedPersonIdOrderByReportedAtDesc(UUID reportedPersonId);

  /** Open work, urgent first, oldest first. */
  List<Report> findByStatusInOrderByUrgentDescReportedAtAsc(Collection<ReportStatus> statuses);

  List<Report> findByFirstActionAtIsNotNull();

  /** The reports of a period, for the response times on /coordination/safety. */
  List<Report> findByReportedAtBetween(Instant from, Instant to);

  boolean existsByReporterIdAndText(UUID reporterId, String text);
}
