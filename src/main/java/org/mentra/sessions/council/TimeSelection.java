package org.mentra.sessions.council;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mentra.sessions.council.domain.Availability;
import org.mentra.sessions.council.domain.CoordinationReason;
import org.mentra.sessions.council.domain.CouncilMentor;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.council.domain.CouncilSessionRepository;
import org.mentra.sessions.council.planning.domain.CouncilPlan;
import org.mentra.sessions.council.planning.domain.CouncilSchedule;
import org.mentra.sessions.council.planning.domain.MentorSeat;
import org.mentra.sessions.council.planning.domain.PlanningMentor;
import org.mentra.sessions.council.planning.domain.SlotAnswer;
import org.mentra.sessions.council.planning.solver.CouncilSolver;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.shared.TimeRange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chooses a council's hour and mentors with Timefold, in the caller's transaction (the time
 * selection's job), holding no row lock while it solves: it reads what the solver needs (the council,
 * its candidates' answers and zones, the confirmed councils its candidates sit in) with plain reads,
 * reads the calendars and solves; only then it locks the candidates (in id order, so two councils
 * never deadlock), reads the snapshot again and records the plan when nothing changed meanwhile. The
 * locks last until the job commits, so the process going on, the plan and the outbox mail commit
 * together and a council choosing at the same moment sees this one as confirmed. The answer is a
 * quorum only if it keeps every hard rule for this council.
 *
 * <p>The job's transaction holds its database connection during the solve (as every job does): the
 * job executor's threads stay below the connection pool (see the README, Council sessions).
 */
@Service
class TimeSelection {

  private static final Logger log = LoggerFactory.getLogger(TimeSelection.class);

  private final CouncilSessionRepository councils;
  private final PersonRepository people;
  private final CouncilProperties properties;
  private final CouncilSolver solver;
  private final MentorCalendars calendars;
  private final EntityManager entityManager;

  TimeSelection(CouncilSessionRepository councils, PersonRepository people, CouncilProperties properties,
      CouncilSolver solver, MentorCalendars calendars, EntityManager entityManager) {
    this.councils = councils;
    this.people = people;
    this.properties = properties;
    this.solver = solver;
    this.calendars = calendars;
    this.entityManager = entityManager;
  }

  /**
   * Chooses and records the hour and mentors (or that a coordinator is needed); returns whether there
   * is a quorum.
   *
   * <p>When the snapshot read again under the locks differs (a council confirmed meanwhile with one of
   * these mentors, a changed answer or zone), it solves once more, now holding the locks: nobody can
   * book these mentors until this transaction ends, so that second plan cannot be overtaken. A retry
   * from a fresh lock-free snapshot would not help: row locks last until the transaction ends, and
   * this is the transaction that must record the plan. Both solves share the time cap
   * ({@code mentra.council.solver.time-cap}), so the job's lock still outlasts the selection.
   *
   * @throws ConcurrentSelection when it cannot solve again under the locks (a mentor who was not a
   *     candidate can come now, or the time cap is spent): the job fails and is tried again later
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean select(UUID councilId) {
    Snapshot seen = snapshot(councils.getOrFail(councilId));
    // Before any lock: a calendar feed may take seconds, and others wait on these mentors' locks.
    Map<UUID, List<TimeRange>> shown = new HashMap<>();
    if (seen.candidates().size() >= seen.minimum()) {
      seen.mentorIds().forEach(id -> shown.put(id, calendars.forSlots(id, seen.slots()).busy()));
    }
    long started = System.nanoTime();
    Optional<Selection> selection = solve(seen, shown, properties.solver().timeCap());

    if (!seen.mentorIds().isEmpty()) {
      people.lockInOrder(seen.mentorIds());
    }
    // The persistence context still holds what the snapshot read: what others committed meanwhile is
    // only seen once it is cleared (flushed first, although this transaction has written nothing yet).
    entityManager.flush();
    entityManager.clear();
    CouncilSession council = councils.getOrFail(councilId);
    Snapshot now = snapshot(council);
    if (!now.equals(seen)) {
      if (!seen.mentorIds().containsAll(now.mentorIds())) {
        throw new ConcurrentSelection(councilId, "a mentor who could not come before can come now");
      }
      Duration left = properties.solver().timeCap().minusNanos(System.nanoTime() - started);
      if (left.compareTo(Duration.ofMillis(1)) < 0) {
        throw new ConcurrentSelection(councilId, "the first solve used up the time cap");
      }
      log.info("Council {}: its mentors or answers changed while it was planned; planning again under their locks",
          councilId);
      selection = solve(now, shown, left);
    }
    selection.ifPresentOrElse(s -> council.schedule(s.slot(), s.mentorIds()),
        () -> council.needCoordinator(CoordinationReason.NO_QUORUM));
    return selection.isPresent();
  }

  /** What the solver needs of the council, read in the caller's transaction (no lock). */
  private Snapshot snapshot(CouncilSession council) {
    List<CouncilMentor> candidates = council.activeMentors().stream()
        .filter(m -> m.getAnswers().values().stream().anyMatch(Availability::canAttend))
        .sorted(Comparator.comparing(CouncilMentor::getMentorId))
        .toList();
    List<UUID> ids = candidates.stream().map(CouncilMentor::getMentorId).toList();
    Map<UUID, ZoneId> zones = people.findAllById(ids).stream().collect(Collectors.toMap(Person::getId, Person::zone));
    List<Candidate> seats = candidates.stream()
        .map(m -> new Candidate(m.getMentorId(), zones.get(m.getMentorId()), answers(m))).toList();
    return new Snapshot(council.getId(), council.getMentorMinimum(), council.getMentorMaximum(),
        council.lead().map(CouncilMentor::getMentorId).orElse(null), List.copyOf(council.getProposedSlots()),
        council.scheduledSlot().orElse(null), seats, confirmedCouncils(council, ids));
  }

  /**
   * Solves the snapshot with the candidates' calendars ({@code shown}, busy times by mentor) within
   * {@code timeCap}; empty when no proposed slot has a quorum.
   */
  private Optional<Selection> solve(Snapshot snapshot, Map<UUID, List<TimeRange>> shown, Duration timeCap) {
    if (snapshot.candidates().size() < snapshot.minimum()) {
      return Optional.empty();
    }
    Map<UUID, PlanningMentor> mentors = new LinkedHashMap<>();
    for (Candidate candidate : snapshot.candidates()) {
      List<TimeRange> busy = shown.get(candidate.mentorId());
      // A council planned again may be in the mentor's calendar at its own hour: our invite, not a conflict.
      busy = snapshot.ownSlot() == null ? busy : snapshot.ownSlot().cutFrom(busy);
      mentors.put(candidate.mentorId(),
          new PlanningMentor(candidate.mentorId(), candidate.zone(), properties.workingHours(), busy));
    }
    CouncilPlan plan = new CouncilPlan(snapshot.councilId(), snapshot.minimum(), snapshot.maximum(),
        snapshot.lead(), snapshot.slots());
    List<CouncilPlan> plans = new ArrayList<>(List.of(plan));
    List<MentorSeat> seats = new ArrayList<>();
    for (Candidate candidate : snapshot.candidates()) {
      seats.add(new MentorSeat(plan, mentors.get(candidate.mentorId()), candidate.answers()));
    }
    for (Confirmed other : snapshot.confirmed()) {
      CouncilPlan fixed = CouncilPlan.confirmed(other.councilId(), other.slot());
      plans.add(fixed);
      other.mentorIds().forEach(id -> seats.add(MentorSeat.confirmed(fixed, mentors.get(id))));
    }
    CouncilSchedule solved = solver.solve(new CouncilSchedule(List.copyOf(mentors.values()), plans, seats), timeCap);
    return quorum(plan.getId(), solved);
  }

  /** Confirmed councils that share a candidate and overlap the proposed slots: fixed, so nobody is double-booked. */
  private List<Confirmed> confirmedCouncils(CouncilSession council, List<UUID> candidates) {
    if (candidates.isEmpty()) {
      return List.of();
    }
    Instant from = council.getProposedSlots().stream().map(TimeRange::start).min(Comparator.naturalOrder()).orElseThrow();
    Instant to = council.getProposedSlots().stream().map(TimeRange::end).max(Comparator.naturalOrder()).orElseThrow();
    return councils.findConfirmedWithMentorsBetween(candidates, from, to, council.getId()).stream()
        .sorted(Comparator.comparing(CouncilSession::getId))
        .map(other -> new Confirmed(other.getId(), other.scheduledSlot().orElseThrow(), other.selectedMentors().stream()
            .map(CouncilMentor::getMentorId).filter(candidates::contains).sorted().toList()))
        .toList();
  }

  private static Optional<Selection> quorum(UUID councilId, CouncilSchedule solved) {
    CouncilPlan plan = solved.getCouncils().stream().filter(c -> c.getId().equals(councilId)).findFirst()
        .orElseThrow();
    TimeRange slot = plan.getSlot();
    List<MentorSeat> present = solved.getSeats().stream()
        .filter(s -> s.getCouncil() == plan && s.isPresent()).toList();
    boolean allCanAttend = present.stream().allMatch(s -> s.answerFor(slot).canAttend());
    boolean nobodyDoubleBooked = present.stream().noneMatch(s -> solved.getSeats().stream()
        .anyMatch(other -> other != s && other.isPresent() && other.getMentor().equals(s.getMentor())
            && other.getCouncil().getSlot().overlaps(slot)));
    if (slot == null || !allCanAttend || !nobodyDoubleBooked || present.size() < plan.getMinimum()
        || present.size() > plan.getMaximum()) {
      return Optional.empty();
    }
    return Optional.of(new Selection(slot,
        present.stream().map(s -> s.getMentor().id()).sorted().toList()));
  }

  private static Map<TimeRange, SlotAnswer> answers(CouncilMentor mentor) {
    Map<TimeRange, SlotAnswer> answers = new HashMap<>();
    for (TimeRange proposed : mentor.getCouncil().getProposedSlots()) {
      mentor.answerFor(proposed.start())
          .ifPresent(answer -> answers.put(proposed, SlotAnswer.valueOf(answer.name())));
    }
    return Map.copyOf(answers);
  }

  /**
   * Everything the solve depends on, besides the calendars: two equal snapshots give the same plan,
   * so a plan made on one is still right when the database shows the same snapshot again.
   *
   * @param ownSlot the hour the council had before this selection (planned again), or null
   */
  record Snapshot(UUID councilId, int minimum, int maximum, UUID lead, List<TimeRange> slots, TimeRange ownSlot,
      List<Candidate> candidates, List<Confirmed> confirmed) {

    List<UUID> mentorIds() {
      return candidates.stream().map(Candidate::mentorId).toList();
    }
  }

  /** A mentor who can make at least one slot, with their zone and answers. */
  record Candidate(UUID mentorId, ZoneId zone, Map<TimeRange, SlotAnswer> answers) {}

  /** A confirmed council at an overlapping time, with the candidates who sit in it. */
  record Confirmed(UUID councilId, TimeRange slot, List<UUID> mentorIds) {}

  /** The chosen hour and the mentors in it. */
  record Selection(TimeRange slot, List<UUID> mentorIds) {}

  /** The council could not be planned again under its mentors' locks: the job is tried again later. */
  static final class ConcurrentSelection extends RuntimeException {
    ConcurrentSelection(UUID councilId, String why) {
      super("Council " + councilId + " changed while its time was chosen (" + why + "); trying again later");
    }
  }
}
