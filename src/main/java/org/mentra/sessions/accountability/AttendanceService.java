package org.mentra.sessions.accountability;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every source of attendance ends: one record per person and session. A no-show recorded
 * for the first time is published as {@link NoShowRecorded}; reporting it again changes nothing.
 */
@Service
public class AttendanceService {

  private final AttendanceRepository attendance;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  AttendanceService(AttendanceRepository attendance, ApplicationEventPublisher events, Clock clock) {
    this.attendance = attendance;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public Attendance record(AttendanceReport report) {
    Attendance record = attendance
        .findBySessionKindAndSessionIdAndPersonId(report.sessionKind(), report.sessionId(), report.personId())
        .orElse(null);
    boolean newNoShow = report.status() == AttendanceStatus.NO_SHOW
        && (record == null || record.getStatus() != AttendanceStatus.NO_SHOW);
    if (record == null) {
      record = attendance.save(new Attendance(report, clock.instant()));
    } else {
      record.update(report, clock.instant());
    }
    if (newNoShow) {
      events.publishEvent(new NoShowRecorded(report));
    }
    return record;
  }
}
