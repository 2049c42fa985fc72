package org.mentra.sessions.accountability;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.mentra.sessions.attendance.AttendanceRecorded;
import org.mentra.sessions.attendance.AttendanceService;
import org.mentra.sessions.attendance.AttendanceTally;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.mentra.sessions.accountability.domain.ReliabilityFormula;
import org.mentra.sessions.accountability.domain.ReliabilitySummary;
import org.mentra.sessions.accountability.domain.StrikeRepository;

/**
 * Keeps {@link Person#getReliability()} up to date whenever a person's attendance or strikes
 * change; mentor matching and standby choice read it from the person.
 */
@Service
public class ReliabilityService {

  private final AttendanceService attendance;
  private final StrikeRepository strikes;
  private final PersonRepository people;
  private final AccountabilityProperties properties;
  private final ReliabilityFormula formula;
  private final Clock clock;

  ReliabilityService(AttendanceService attendance, StrikeRepository strikes, PersonRepository people,
      AccountabilityProperties properties, Clock clock) {
    this.attendance = attendance;
    this.strikes = strikes;
    this.people = people;
    this.properties = properties;
    this.formula = new ReliabilityFormula(properties.reliability());
    this.clock = clock;
  }

  /** Active strikes that count now: not excused or withdrawn, for sessions within the rolling window. */
  @Transactional(readOnly = true)
  public int activeStrikes(UUID personId) {
    return strikes.countActiveSince(personId, windowStart());
  }

  @Transactional(readOnly = true)
  public ReliabilitySummary summary(Person person) {
    AttendanceTally tally = tally(person.getId());
    return new ReliabilitySummary(activeStrikes(person.getId()), tally.attended(), tally.late(), tally.noShows(),
        tally.excused(), person.getReliability(),
        person.getPausedUntil().filter(until -> until.isAfter(clock.instant())).orElse(null));
  }

  /** Recomputes and stores the person's reliability; call in the transaction that changed its inputs. */
  @Transactional(propagation = Propagation.MANDATORY)
  public double recompute(UUID personId) {
    Person person = people.getOrFail(personId);
    double reliability = formula.reliability(tally(personId), activeStrikes(personId));
    person.setReliability(reliability);
    return reliability;
  }

  /** In the recording transaction: every change of attendance changes reliability. */
  @EventListener
  void attendanceRecorded(AttendanceRecorded recorded) {
    recompute(recorded.report().personId());
  }

  private AttendanceTally tally(UUID personId) {
    return attendance.tally(personId);
  }

  private Instant windowStart() {
    return clock.instant().minus(properties.strikeWindow());
  }
}
