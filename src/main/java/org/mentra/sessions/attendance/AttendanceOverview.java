package org.mentra.sessions.attendance;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Attendance and no-show rates for coordinators: per month, per session (event, chat or council)
 * and per host, over the participants' attendance. A volunteer's own no-shows are counted apart;
 * a session's hosts are the volunteers who were there (a standby who took over counts, the
 * counselor who did not come does not).
 */
public record AttendanceOverview(Instant from, Instant to, List<Row> byMonth, List<Row> bySession, List<Row> byHost) {

  /**
   * One line of the report.
   *
   * @param label the month, the session or the host
   * @param detail more about it (kind and start of a session, the hosts)
   */
  public record Row(String label, String detail, Rates rates) {}

  /**
   * Participants' attendance, and volunteers' no-shows, in a group of sessions.
   *
   * @param sessions how many sessions
   * @param expected participant places with a recorded outcome
   * @param volunteerNoShows volunteers who did not come (a standby took over, or nobody)
   */
  public record Rates(int sessions, int expected, int attended, int late, int noShows, int excused,
      int volunteerNoShows) {

    /**
     * The rates of these sessions, each given as its attendance records: participants count as
     * expected, volunteers (hosts, counselors, mentors) only for their own no-shows.
     */
    public static Rates of(Collection<List<Attendance>> sessions) {
      int expected = 0;
      int attended = 0;
      int late = 0;
      int noShows = 0;
      int excused = 0;
      int volunteerNoShows = 0;
      for (List<Attendance> rows : sessions) {
        for (Attendance row : rows) {
          if (row.getRole().isVolunteer()) {
            volunteerNoShows += row.getStatus() == AttendanceStatus.NO_SHOW ? 1 : 0;
            continue;
          }
          expected++;
          switch (row.getStatus()) {
            case ATTENDED -> attended++;
            case LATE -> late++;
            case NO_SHOW -> noShows++;
            case EXCUSED -> excused++;
          }
        }
      }
      return new Rates(sessions.size(), expected, attended, late, noShows, excused, volunteerNoShows);
    }

    /** Share of expected participants who came (on time or late), 0..1; none while nobody was expected yet. */
    @JsonProperty
    public Double attendanceRate() {
      return expected == 0 ? null : (attended + late) / (double) expected;
    }

    /**
     * Share of expected participants who did not come and were not excused, 0..1; none while nobody was
     * expected yet (an upcoming event has no 0 % of anything).
     */
    @JsonProperty
    public Double noShowRate() {
      return expected == 0 ? null : noShows / (double) expected;
    }
  }
}
