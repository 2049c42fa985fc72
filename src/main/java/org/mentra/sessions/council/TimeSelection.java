package org.mentra.sessions.council;

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
import java.util.function.Consumer;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chooses a council's hour and mentors with Timefold, on a snapshot and without holding anything
 * while it solves: a short read-only transaction reads what the solver needs (the council, its
 * candidates' answers and zones, the confirmed councils its candidates sit in); the calendars are
 * read and the solver runs outside any transaction; then a short transaction locks the candidates'
 * rows, reads the snapshot again and writes the plan only when nothing changed meanwhile (a council
 * confirmed with one of these mentors since, an answer changed). Otherwise it solves again on the new
 * snapshot, a bounded number of times. The answer is a quorum only if it keeps every hard rule for
 * this council.
 */
@Service
class TimeSelection {

  private static final Logger log = LoggerFactory.getLogger(TimeSelection.class);

  private final CouncilSessionRepository councils;
  private final PersonRepository people;
  private final CouncilProperties properties;
  private final CouncilSolver solver;
  private final MentorCalendars calendars;
  private final TransactionTemplate read;
  private final TransactionTemplate write;

  TimeSelection(CouncilSessionRepository councils, PersonRepository people, CouncilProperties properties,
      CouncilSolver solver, MentorCalendars calendars, PlatformTransactionManager transactions) {
    this.councils = councils;
    this.people = people;
    this.properties = properties;
    this.solver = solver;
    this.calendars = calendars;
    this.read = new TransactionTemplate(transactions);
    this.read.setReadOnly(true);
    this.read.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.write = new TransactionTemplate(transactions);
    this.write.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Chooses and records the hour and mentors (or that a coordinator is needed), and runs
   * {@code andThen} with whether there is a quorum in the same transaction (the process step goes on
   * there). Returns whether there is a quorum.
   *
   * @throws ConcurrentSelection when the snapshot changed during every one of the attempts
   */
  boolean select(UUID councilId, Consumer<Boolean> andThen) {
    int attempts = properties.solver().attempts();
    for (int attempt = 1; attempt <= attempts; attempt++) {
      Snapshot seen = read.execute(status -> snapshot(councils.getOrFail(councilId)));
      Optional<Selection> selection = solve(seen);
      Boolean quorum = write.execute(status -> commit(councilId, seen, selection, andThen));
      if (quorum != null) {
        return quorum;
      }
      log.info("Council {}: its mentors or answers changed while it was planned (attempt {} of {})", councilId,
          attempt, attempts);
    }
    throw new ConcurrentSelection(councilId, attempts);
  }

  /** What the solver needs of the council, read in the caller's transaction. */
  Snapshot snapshot(CouncilSession council) {
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
   * Reads the candidates' calendars and solves; runs outside any transaction, so the solve holds no
   * connection and no lock (others choosing a time with the same mentors go on meanwhile).
   */
  Optional<Selection> solve(Snapshot snapshot) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException("The time selection solves outside any transaction: it would hold a "
          + "connection (and the locks taken) for the whole solve");
    }
    if (snapshot.candidates().size() < snapshot.minimum()) {
      return Optional.empty();
    }
    Map<UUID, PlanningMentor> mentors = new LinkedHashMap<>();
    for (Candidate candidate : snapshot.candidates()) {
      List<TimeRange> shown = calendars.forSlots(candidate.mentorId(), snapshot.slots()).busy();
      // A council planned again may be in the mentor's calendar at its own hour: our invite, not a conflict.
      List<TimeRange> busy = snapshot.ownSlot() == null ? shown : snapshot.ownSlot().cutFrom(shown);
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
    CouncilSchedule solved = solver.solve(new CouncilSchedule(List.copyOf(mentors.values()), plans, seats));
    return quorum(plan.getId(), solved);
  }

  /**
   * Locks the candidates (in id order, so two councils never deadlock) and writes the plan when the
   * snapshot still holds; null when it does not.
   */
  private Boolean commit(UUID councilId, Snapshot seen, Optional<Selection> selection, Consumer<Boolean> andThen) {
    if (!seen.mentorIds().isEmpty()) {
      people.lockInOrder(seen.mentorIds());
    }
    CouncilSession council = councils.getOrFail(councilId);
    if (!snapshot(council).equals(seen)) {
      return null;
    }
    selection.ifPresentOrElse(s -> council.schedule(s.slot(), s.mentorIds()),
        () -> council.needCoordinator(CoordinationReason.NO_QUORUM));
    andThen.accept(selection.isPresent());
    return selection.isPresent();
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

  /** The council's snapshot changed during every attempt: the step is tried again later. */
  static final class ConcurrentSelection extends RuntimeException {
    ConcurrentSelection(UUID councilId, int attempts) {
      super("Council " + councilId + ": its mentors or answers changed during each of " + attempts
          + " time selections; trying again later");
    }
  }
}
