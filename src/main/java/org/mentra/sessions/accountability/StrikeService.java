package org.mentra.sessions.accountability;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.mentra.sessions.attendance.Attendance;
import org.mentra.sessions.attendance.AttendanceReport;
import org.mentra.sessions.attendance.AttendanceService;
import org.mentra.sessions.attendance.AttendanceStatus;
import org.mentra.sessions.attendance.SessionKind;
import org.mentra.sessions.engine.Correlation;
import org.mentra.sessions.engine.MessageCorrelator;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonLocks;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.shared.Conflict;
import org.mentra.sessions.shared.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.mentra.sessions.accountability.domain.Strike;
import org.mentra.sessions.accountability.domain.StrikeDecision;
import org.mentra.sessions.accountability.domain.StrikeRepository;
import org.mentra.sessions.accountability.domain.StrikeStatus;
import org.mentra.sessions.accountability.mail.Letters;

/** Strikes: recorded once per missed session, explained by the person, decided by a coordinator. */
@Service
public class StrikeService {

  private final StrikeRepository strikes;
  private final AttendanceService attendance;
  private final PersonRepository people;
  private final PersonLocks locks;
  private final ReliabilityService reliability;
  private final MessageCorrelator correlator;
  private final Letters letters;
  private final AccountabilityProperties properties;
  private final Clock clock;

  StrikeService(StrikeRepository strikes, AttendanceService attendance, PersonRepository people, PersonLocks locks,
      ReliabilityService reliability, MessageCorrelator correlator, Letters letters,
      AccountabilityProperties properties, Clock clock) {
    this.strikes = strikes;
    this.attendance = attendance;
    this.people = people;
    this.locks = locks;
    this.reliability = reliability;
    this.correlator = correlator;
    this.letters = letters;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Records the strike for a recorded no-show (once: recording it again returns the same strike) and
   * counts the person's active strikes, this one included.
   */
  @Transactional
  public RecordedStrike record(SessionKind kind, UUID sessionId, UUID personId) {
    locks.lock(personId);
    Attendance noShow = attendance.find(kind, sessionId, personId)
        .orElseThrow(() -> new IllegalStateException("No attendance recorded for " + personId + " in " + kind + " "
            + sessionId));
    if (noShow.getStatus() != AttendanceStatus.NO_SHOW) {
      // Corrected meanwhile: the correction's message closes this case; until it lands, record nothing.
      throw new IllegalStateException("The no-show of " + personId + " in " + kind + " " + sessionId
          + " was corrected to " + noShow.getStatus());
    }
    Instant now = clock.instant();
    Instant explainBy = now.plus(properties.explanationWindow());
    Strike strike = strikes.findBySessionKindAndSessionIdAndPersonId(kind, sessionId, personId).orElseGet(() ->
        strikes.save(new Strike(new AttendanceReport(kind, sessionId, personId, noShow.getRole(),
            AttendanceStatus.NO_SHOW, noShow.getSessionStart(), noShow.getSource()), now, explainBy)));
    if (strike.getStatus() == StrikeStatus.WITHDRAWN) {
      strike.reinstate(now, explainBy); // corrected, then reported as a no-show again
    }
    reliability.recompute(personId);
    return new RecordedStrike(strike.getId(), reliability.activeStrikes(personId), strike.getRole().isVolunteer());
  }

  /**
   * Keeps the person's explanation and tells the case, after commit, so a coordinator reviews it.
   * Refused once the window has closed or the strike was already explained or decided.
   */
  @Transactional
  public void explain(UUID strikeId, UUID personId, String explanation) {
    locks.lock(personId);
    Strike strike = strikes.getOrFail(strikeId);
    if (!strike.getPersonId().equals(personId)) {
      throw Refused.forbidden("This missed session is someone else's to explain.");
    }
    if (!canStillExplain(strike)) {
      throw new Conflict("This missed session has already been looked at, or the time to explain it has passed.");
    }
    strike.explain(explanation, clock.instant());
    correlator.correlateAfterCommit(Correlation.of(AccountabilityMessage.NO_SHOW_EXPLAINED,
        NoShowCase.businessKey(strike)).keptFor(properties.explanationWindow()));
  }

  public boolean canStillExplain(Strike strike) {
    return strike.isActive() && !strike.isExplained() && !strike.isDecided()
        && clock.instant().isBefore(strike.getExplainBy());
  }

  /**
   * Removes the strike (an accepted explanation, an excused volunteer): the session counts as
   * excused, reliability recovers, and a pause this strike caused is lifted when the remaining
   * strikes no longer call for it. Returns whether the person's sign-ups are still paused.
   */
  @Transactional
  public boolean excuse(UUID strikeId, String note) {
    Strike strike = strikes.getOrFail(strikeId);
    locks.lock(strike.getPersonId());
    strike.decide(StrikeDecision.EXCUSED, note, clock.instant());
    attendance.excuseOnReview(strike.getSessionKind(), strike.getSessionId(), strike.getPersonId());
    Person person = people.getOrFail(strike.getPersonId());
    liftPauseNoLongerCalledFor(strike, person);
    reliability.recompute(person.getId());
    return person.isPausedAt(clock.instant());
  }

  /**
   * The attendance was corrected: the strike (if one was recorded and still counts) is withdrawn, a
   * pause it caused ends unless other strikes call for it, and the person, who had been written to,
   * hears that we got it wrong.
   */
  @Transactional
  void withdraw(SessionKind kind, UUID sessionId, UUID personId) {
    locks.lock(personId);
    Strike strike = strikes.findBySessionKindAndSessionIdAndPersonId(kind, sessionId, personId)
        .filter(Strike::isActive).orElse(null);
    if (strike == null) {
      return;
    }
    strike.withdraw();
    Person person = people.getOrFail(personId);
    liftPauseNoLongerCalledFor(strike, person);
    reliability.recompute(personId);
    letters.noShowCorrected(strike, person);
  }

  private void liftPauseNoLongerCalledFor(Strike strike, Person person) {
    if (strike.getPauseUntil().isPresent() && person.isPausedAt(clock.instant())
        && reliability.activeStrikes(person.getId()) < properties.pauseAtStrike()) {
      person.liftPause();
    }
  }

  /** The strike stands (explanation not accepted) or leads to a warning; the note goes into the mail. */
  @Transactional
  public void decide(UUID strikeId, StrikeDecision decision, String note) {
    if (decision == StrikeDecision.EXCUSED) {
      throw new IllegalArgumentException("Use excuse(...) to remove a strike");
    }
    strikes.getOrFail(strikeId).decide(decision, note, clock.instant());
  }


  /** What the case needs to know after recording: which strike, how many count now, and who missed. */
  public record RecordedStrike(UUID strikeId, int activeStrikes, boolean volunteer) {}
}
