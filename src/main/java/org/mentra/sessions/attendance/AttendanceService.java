package org.mentra.sessions.attendance;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.people.PersonLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every source of attendance ends: one record per person and session. Every record written is
 * published as {@link AttendanceRecorded}; a no-show recorded for the first time also as
 * {@link NoShowRecorded} (reporting it again changes nothing); a no-show corrected to another status
 * as {@link NoShowWithdrawn}.
 * Reports about the same person are serialised, so two reports of one no-show racing each other
 * publish it once. A join-link check-in is proof of presence: a later no-show report for the same
 * person and session (say, for the standby who took over a late counselor's chat) is ignored, and
 * so is one for a no-show a coordinator has excused (a host sending the whole list again).
 */
@Service
public class AttendanceService {

  private static final Logger log = LoggerFactory.getLogger(AttendanceService.class);
  /** The source of an attendance a coordinator excused on review (an accepted explanation, an excused volunteer). */
  static final String EXCUSED_ON_REVIEW = "excused by a coordinator";

  private final AttendanceRepository attendance;
  private final PersonLocks locks;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  AttendanceService(AttendanceRepository attendance, PersonLocks locks, ApplicationEventPublisher events,
      Clock clock) {
    this.attendance = attendance;
    this.locks = locks;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public Attendance record(AttendanceReport report) {
    locks.lock(report.personId());
    Attendance record = attendance
        .findBySessionKindAndSessionIdAndPersonId(report.sessionKind(), report.sessionId(), report.personId())
        .orElse(null);
    if (record != null && report.status() == AttendanceStatus.NO_SHOW
        && (record.isCheckedIn() || record.isExcusedOnReview())) {
      log.info("Ignored a no-show report ({}) for {} in {} {}: {}", report.source(), report.personId(),
          report.sessionKind(), report.sessionId(),
          record.isCheckedIn() ? "they checked in by link" : "a coordinator excused it");
      return record;
    }
    boolean newNoShow = report.status() == AttendanceStatus.NO_SHOW
        && (record == null || record.getStatus() != AttendanceStatus.NO_SHOW);
    boolean withdrawnNoShow = record != null && record.getStatus() == AttendanceStatus.NO_SHOW
        && report.status() != AttendanceStatus.NO_SHOW;
    if (record == null) {
      record = attendance.save(new Attendance(report, clock.instant()));
    } else {
      record.update(report, clock.instant());
    }
    events.publishEvent(new AttendanceRecorded(report));
    if (newNoShow) {
      events.publishEvent(new NoShowRecorded(report));
    } else if (withdrawnNoShow) {
      events.publishEvent(new NoShowWithdrawn(report));
    }
    return record;
  }

  /**
   * Records the report only when nothing is recorded yet for the person and session (a join-link
   * check-in: the first one counts, a double click or a rejoin changes nothing). Empty when there was
   * a record already.
   */
  @Transactional
  Optional<Attendance> recordFirst(AttendanceReport report) {
    locks.lock(report.personId());
    if (attendance.findBySessionKindAndSessionIdAndPersonId(report.sessionKind(), report.sessionId(),
        report.personId()).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(record(report));
  }

  /**
   * A coordinator accepted the excuse: the missed session no longer counts as a no-show, and a later
   * no-show report for it does not undo that. Nothing happens when nothing was recorded.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void excuseOnReview(SessionKind kind, UUID sessionId, UUID personId) {
    attendance.findBySessionKindAndSessionIdAndPersonId(kind, sessionId, personId)
        .ifPresent(record -> record.excuse(EXCUSED_ON_REVIEW, clock.instant()));
  }

  /** The person's record for the session, if anything was reported. */
  @Transactional(readOnly = true)
  public Optional<Attendance> find(SessionKind kind, UUID sessionId, UUID personId) {
    return attendance.findBySessionKindAndSessionIdAndPersonId(kind, sessionId, personId);
  }

  /** Everyone's records for the session. */
  @Transactional(readOnly = true)
  public List<Attendance> of(SessionKind kind, UUID sessionId) {
    return attendance.findBySessionKindAndSessionId(kind, sessionId);
  }

  /** How the person kept all their sessions. */
  @Transactional(readOnly = true)
  public AttendanceTally tally(UUID personId) {
    return AttendanceTally.of(attendance.findStatusesByPersonId(personId));
  }

  /** The records of sessions that started in [from, to), by start. */
  @Transactional(readOnly = true)
  List<Attendance> startedBetween(Instant from, Instant to) {
    return attendance.findBySessionStartGreaterThanEqualAndSessionStartLessThanOrderBySessionStart(from, to);
  }
}
