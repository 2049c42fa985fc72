package org.mentra.sessions.safety.reports;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.mentra.sessions.safety.ReportStatus;
import org.mentra.sessions.shared.NotFound;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReportRepository extends JpaRepository<Report, UUID> {

  default Report getOrFail(UUID id) {
    return findById(id).orElseThrow(() -> new NotFound("Report", id));
  }

  /** Written out, as the other query on a request's path below (see PersonRepository.findByUserId). */
  @Query("select r from Report r where r.reportedPersonId = :reportedPersonId order by r.reportedAt desc")
  List<Report> findByReportedPersonIdOrderByReportedAtDesc(UUID reportedPersonId);

  /** Open work, urgent first, oldest first. */
  List<Report> findByStatusInOrderByUrgentDescReportedAtAsc(Collection<ReportStatus> statuses);

  List<Report> findByFirstActionAtIsNotNull();

  /** The reports of a period, for the response times on /coordination/safety. */
  List<Report> findByReportedAtBetween(Instant from, Instant to);

  @Query("select case when count(r) > 0 then true else false end from Report r "
      + "where r.reporterId = :reporterId and r.text = :text")
  boolean existsByReporterIdAndText(UUID reporterId, String text);
}
