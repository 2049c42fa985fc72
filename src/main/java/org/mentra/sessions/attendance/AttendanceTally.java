package org.mentra.sessions.attendance;

import java.util.Collection;

/** How one person kept their sessions: counts by status. */
public record AttendanceTally(int attended, int late, int noShows, int excused) {

  static AttendanceTally of(Collection<AttendanceStatus> statuses) {
    int attended = 0;
    int late = 0;
    int noShows = 0;
    int excused = 0;
    for (AttendanceStatus status : statuses) {
      switch (status) {
        case ATTENDED -> attended++;
        case LATE -> late++;
        case NO_SHOW -> noShows++;
        case EXCUSED -> excused++;
      }
    }
    return new AttendanceTally(attended, late, noShows, excused);
  }

  /** Sessions the person came to, on time or late. */
  public int kept() {
    return attended + late;
  }
}
