package org.mentra.sessions.accountability.web;

import java.util.List;
import org.mentra.sessions.accountability.domain.PausedPerson;
import org.mentra.sessions.attendance.AttendanceOverview;
import org.mentra.sessions.mail.LocalTimes;
import org.mentra.sessions.shared.TemplateModel;

/**
 * {@code pages/attendance}: the rates of the last {@code months}, who is paused now, and the times in
 * the coordinators' zone.
 */
record AttendanceView(AttendanceOverview overview, List<PausedPerson> paused, int months, int maxSessions,
    LocalTimes times) implements TemplateModel {

  @Override
  public String template() {
    return "pages/attendance";
  }
}
