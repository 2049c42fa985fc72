package org.mentra.sessions.safety.coordination;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.safety.ModerationService;
import org.mentra.sessions.safety.ModerationService.AuditEntry;
import org.mentra.sessions.safety.ReportStatus;
import org.mentra.sessions.safety.SafetyProperties;
import org.mentra.sessions.safety.coordination.ResponseTimes.Sample;
import org.mentra.sessions.safety.reports.Report;
import org.mentra.sessions.safety.reports.ReportRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What /coordination/safety shows: the reports still being worked (urgent first, oldest first) with their due
 * times, and how fast reports got their first human action against the targets ({@code mentra.safety.urgent-response}
 * for urgent concerns, {@code review-target} for the others). For coordinators and moderators only.
 */
@Service
public class SafetyOverview {

  /** Reports still being worked: waiting for a moderator, in their appeal window, or appealed. */
  static final List<ReportStatus> OPEN = List.of(ReportStatus.OPEN, ReportStatus.APPEALED, ReportStatus.DECIDED);

  private final ReportRepository reports;
  private final ModerationService moderation;
  private final SafetyProperties properties;
  private final Clock clock;

  SafetyOverview(ReportRepository reports, ModerationService moderation, SafetyProperties properties, Clock clock) {
    this.reports = reports;
    this.moderation = moderation;
    this.properties = properties;
    this.clock = clock;
  }

  /** One report being worked, as a line of the page. */
  public record OpenReport(UUID id, String category, boolean urgent, ReportStatus status, Instant reportedAt,
      Duration age, Optional<Instant> due, boolean overdue, Optional<Instant> firstActionAt,
      Optional<Duration> timeToFirstAction, Optional<Instant> appealUntil) {}

  public record Overview(List<OpenReport> open, Duration window, ResponseTimes urgent, ResponseTimes ordinary) {}

  @Transactional(readOnly = true)
  public Overview overview(Duration window) {
    Instant now = clock.instant();
    List<OpenReport> open = reports.findByStatusInOrderByUrgentDescReportedAtAsc(OPEN).stream()
        .map(report -> line(report, now)).toList();
    List<Report> period = reports.findByReportedAtBetween(now.minus(window), now);
    return new Overview(open, window,
        ResponseTimes.of(samples(period, true), properties.urgentResponse(), now),
        ResponseTimes.of(samples(period, false), properties.reviewTarget(), now));
  }

  /** One report's audit trail with what it is about, for the page behind each line (the reporter included). */
  public record Trail(OpenReport report, Map<String, Object> brief, List<AuditEntry> entries) {}

  @Transactional(readOnly = true)
  public Trail trail(UUID reportId) {
    Report report = reports.getOrFail(reportId);
    return new Trail(line(report, clock.instant()), moderation.reviewBrief(reportId), moderation.audit(reportId));
  }

  private OpenReport line(Report report, Instant now) {
    Duration target = report.isUrgent() ? properties.urgentResponse() : properties.reviewTarget();
    Optional<Instant> due = report.getStatus() == ReportStatus.OPEN
        ? Optional.of(report.getReportedAt().plus(target)) : Optional.empty();
    return new OpenReport(report.getId(), report.getCategory().words(), report.isUrgent(), report.getStatus(),
        report.getReportedAt(), Duration.between(report.getReportedAt(), now), due,
        due.filter(d -> d.isBefore(now)).isPresent() && report.getFirstActionAt().isEmpty(),
        report.getFirstActionAt(),
        report.getFirstActionAt().map(first -> Duration.between(report.getReportedAt(), first)),
        report.getStatus() == ReportStatus.DECIDED ? report.getAppealUntil() : Optional.empty());
  }

  private static List<Sample> samples(List<Report> period, boolean urgent) {
    return period.stream().filter(r -> r.isUrgent() == urgent)
        .map(r -> new Sample(r.getReportedAt(), r.getFirstActionAt())).toList();
  }
}
