package org.mentra.sessions.accountability.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.mentra.sessions.accountability.domain.PausedPerson;
import org.mentra.sessions.attendance.AttendanceOverview;

/**
 * What coordinators see of attendance ({@code GET /api/v1/attendance/overview}, /coordination/attendance):
 * the rates from the attendance records, and who the no-show process has paused now.
 */
record AttendanceAndPauses(@JsonUnwrapped AttendanceOverview attendance, List<PausedPerson> paused) {}
