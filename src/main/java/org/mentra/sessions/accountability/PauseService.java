package org.mentra.sessions.accountability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.mentra.sessions.engine.Correlation;
import org.mentra.sessions.engine.MessageCorrelator;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonLocks;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.retry.RetryOnConflict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.mentra.sessions.accountability.domain.Strike;
import org.mentra.sessions.accountability.domain.StrikeDecision;
import org.mentra.sessions.accountability.domain.StrikeRepository;
import org.mentra.sessions.accountability.domain.PausedPerson;
import org.mentra.sessions.accountability.mail.Letters;

/**
 * Pauses: a participant's new sign-ups after repeated no-shows, a volunteer's volunteering after a
 * coordinator's review. The pause lives on the person ({@link Person#getPausedUntil()}, which every
 * registration path checks); the case that paused them ends it when its timer fires, and a
 * coordinator may lift it early.
 */
@Service
@RetryOnConflict
public class PauseService {

  private static final Logger log = LoggerFactory.getLogger(PauseService.class);

  /** Long enough for a case between its strike mail and its pause wait; the wait starts at once. */
  private static final Duration LIFT_MESSAGE_KEPT_FOR = Duration.ofMinutes(30);

  private final StrikeRepository strikes;
  private final PersonRepository people;
  private final PersonLocks locks;
  private final MessageCorrelator correlator;
  private final Letters letters;
  private final AccountabilityProperties properties;
  private final Clock clock;

  PauseService(StrikeRepository strikes, PersonRepository people, PersonLocks locks,
      MessageCorrelator correlator, Letters letters, AccountabilityProperties properties, Clock clock) {
    this.strikes = strikes;
    this.people = people;
    this.locks = locks;
    this.correlator = correlator;
    this.letters = letters;
    this.properties = properties;
    this.clock = clock;
  }

  /** Who is paused now, the pause ending soonest first. */
  @Transactional(readOnly = true)
  public List<PausedPerson> pausedNow() {
    Instant now = clock.instant();
    return people.findAllById(strikes.findPersonIdsPausedAfter(now)).stream()
        .filter(p -> p.isPausedAt(now))
        .sorted(Comparator.comparing(p -> p.getPausedUntil().orElseThrow()))
        .map(p -> new PausedPerson(p.getId(), p.getDisplayName(), p.getEmail(),
            p.getPausedUntil().orElseThrow(), p.getPauseReason().orElse(null)))
        .toList();
  }

  /** Pauses a participant's new sign-ups for the configured period; returns the end. */
  @Transactional
  public Instant pauseSignUps(UUID strikeId, int activeStrikes) {
    String reason = activeStrikes + " sessions were missed without notice within "
        + properties.strikeWindow().toDays() + " days.";
    return pause(strikes.getOrFail(strikeId), properties.signUpPause(), reason);
  }

  /** Pauses a volunteer after a coordinator's review; returns the end. */
  @Transactional
  public Instant pauseVolunteering(UUID strikeId, int days, String note) {
    if (days < 1 || days > 365) {
      throw new IllegalArgumentException("A pause lasts 1 to 365 days, not " + days);
    }
    Strike strike = strikes.getOrFail(strikeId);
    strike.decide(StrikeDecision.PAUSED, note, clock.instant());
    return pause(strike, Duration.ofDays(days), "a coordinator paused volunteering after a missed session.");
  }

  private Instant pause(Strike strike, Duration length, String reason) {
    locks.lock(strike.getPersonId());
    Person person = people.getOrFail(strike.getPersonId());
    Instant until = clock.instant().plus(length);
    strike.pausedUntil(until);
    // A pause already running longer (another case) is never shortened.
    if (person.getPausedUntil().filter(current -> current.isAfter(until)).isEmpty()) {
      person.pauseUntil(until, reason);
    }
    return until;
  }

  /**
   * The case's pause timer fired: lifts the person's pause unless a later case paused them for
   * longer. Returns whether the pause is over now (and the person should hear so).
   */
  @Transactional
  public boolean endPause(UUID strikeId) {
    Strike strike = strikes.getOrFail(strikeId);
    locks.lock(strike.getPersonId());
    Person person = people.getOrFail(strike.getPersonId());
    if (person.getPausedUntil().isEmpty()) {
      return false; // lifted already, and the person was told then
    }
    if (person.isPausedAt(clock.instant())) {
      return false; // a later case paused them for longer; that case ends it
    }
    person.liftPause();
    return true;
  }

  /**
   * A coordinator lifts a pause before its end (API or Tasklist): the person may sign up at once and
   * hears so; the cases waiting for the pause to end stop waiting. False when there was no pause.
   */
  @Transactional
  public boolean liftEarly(UUID personId, String coordinator, String note) {
    locks.lock(personId);
    Person person = people.getOrFail(personId);
    Instant now = clock.instant();
    if (!person.isPausedAt(now)) {
      return false;
    }
    Instant until = person.getPausedUntil().orElseThrow();
    person.liftPause();
    List<Strike> pausing = strikes.findByPersonIdOrderByMissedAtDesc(personId).stream()
        .filter(strike -> strike.getPauseUntil().filter(end -> end.isAfter(now)).isPresent())
        .toList();
    boolean volunteering = pausing.stream().anyMatch(strike -> strike.getRole().isVolunteer());
    letters.pauseLiftedEarly(person, until, volunteering, note);
    pausing.forEach(strike -> correlator.correlateAfterCommit(Correlation.of(AccountabilityMessage.PAUSE_LIFTED_EARLY,
        NoShowCase.businessKey(strike)).keptFor(LIFT_MESSAGE_KEPT_FOR)));
    log.info("{} lifted the pause of {} (it would have ended {})", coordinator, personId, until);
    return true;
  }

  /** Lifting from Tasklist, where coordinators know the person by email. */
  @Transactional
  public LiftResult liftEarlyByEmail(String email, String coordinator, String note) {
    return people.findByEmailIgnoreCase(email == null ? "" : email.strip())
        .map(person -> liftEarly(person.getId(), coordinator, note) ? LiftResult.LIFTED : LiftResult.NOT_PAUSED)
        .orElse(LiftResult.UNKNOWN_PERSON);
  }

  /** What came of a request to lift a pause. */
  public enum LiftResult { LIFTED, NOT_PAUSED, UNKNOWN_PERSON }
}
