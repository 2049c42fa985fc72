package org.mentra.sessions.pairing.web;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.pairing.planning.domain.Interval;
import org.mentra.sessions.shared.InvalidInput;
import org.mentra.sessions.shared.FieldProblem;
import org.mentra.sessions.pairing.CounselorSchedule;

/** A window of time as the API takes it. */
public record WindowRequest(@NotNull OffsetDateTime start, @NotNull OffsetDateTime end) {

  /**
   * The windows as intervals, each ending after it starts and lying inside the event; 400 naming each
   * failing window ({@code windows[1].end}) otherwise.
   */
  static List<Interval> inside(Event event, List<WindowRequest> windows, String field) {
    List<FieldProblem> problems = new ArrayList<>();
    List<Interval> intervals = new ArrayList<>();
    Interval eventWindow = CounselorSchedule.eventWindow(event);
    for (int i = 0; i < windows.size(); i++) {
      WindowRequest window = windows.get(i);
      String name = field + "[" + i + "]";
      if (!window.end().isAfter(window.start())) {
        problems.add(new FieldProblem(name + ".end", "must be after start"));
        continue;
      }
      Interval interval = new Interval(window.start().toInstant(), window.end().toInstant());
      if (!eventWindow.contains(interval)) {
        problems.add(new FieldProblem(name, "must lie inside the event (" + event.getStartsAt() + " – "
            + event.getEndsAt() + ")"));
      }
      intervals.add(interval);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput("Some windows are not usable.", problems);
    }
    return intervals;
  }
}
