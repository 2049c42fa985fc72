package org.mentra.sessions.council;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentra.sessions.council.planning.domain.CouncilPlan;
import org.mentra.sessions.council.planning.domain.CouncilSchedule;
import org.mentra.sessions.council.planning.domain.MentorSeat;
import org.mentra.sessions.council.planning.domain.PlanningMentor;
import org.mentra.sessions.council.planning.domain.SlotAnswer;
import org.mentra.sessions.council.planning.solver.CouncilSolver;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.springframework.stereotype.Service;
import org.mentra.sessions.council.domain.Availability;
import org.mentra.sessions.council.domain.CouncilMentor;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.council.domain.CouncilSessionRepository;
import org.mentra.sessions.shared.TimeRange;

/**
 * Chooses a council's hour and mentors with Timefold: maps the council (and the confirmed councils
 * its mentors already sit in, as fixed facts) to the planning model, solves, and reads the answer
 * back. The answer is a quorum only if it keeps every hard rule for this council.
 */
@Service
class TimeSelection {

  private final CouncilSessionRepository councils;
  private final PersonRepository people;
  private final CouncilProperties properties;
  private final CouncilSolver solver;
  private final MentorCalendars calendars;

  TimeSelection(CouncilSessionRepository councils, PersonRepository people, CouncilProperties properties,
      MentorCalendars calendars) {
    this.calendars = calendars;
    this.councils = councils;
    this.people = people;
    this.properties = properties;
    CouncilProperties.Solver limits = properties.solver();
    this.solver = new CouncilSolver(limits.stepLimit(), limits.unimprovedStepLimit(), limits.timeCap());
  }

  /** The best slot and mentors, or empty when no proposed slot has enough mentors. */
  Optional<Selection> select(CouncilSession council) {
    List<CouncilMentor> candidates = council.activeMentors().stream()
        .filter(m -> m.getAnswers().values().stream().anyMatch(Availability::canAttend))
        .sorted(Comparator.comparing(CouncilMentor::getMentorId))
        .toList();
    if (candidates.size() < council.getMentorMinimum()) {
      return Optional.empty();
    }
    List<UUID> ids = candidates.stream().map(CouncilMentor::getMentorId).toList();
    // Read before the locks below: a calendar feed may take seconds, and others wait on these mentors.
    Map<UUID, List<TimeRange>> busy = new HashMap<>();
    for (UUID id : ids) {
      List<TimeRange> shown = calendars.forSlots(id, council.getProposedSlots()).busy();
      // A council planned again may be in the mentor's calendar at its own hour: our invite, not a conflict.
      busy.put(id, council.scheduledSlot().map(own -> own.cutFrom(shown)).orElse(shown));
    }
    // Held until this council is confirmed (same transaction): a council choosing a time at the same
    // moment with one of these mentors waits here, then sees this one as confirmed and pinned.
    people.lockInOrder(ids);
    Map<UUID, PlanningMentor> mentors = planningMentors(ids, busy);
    CouncilPlan plan = new CouncilPlan(council.getId(), council.getMentorMinimum(), council.getMentorMaximum(),
        council.lead().map(CouncilMentor::getMentorId).orElse(null),
        List.copyOf(council.getProposedSlots()));
    List<CouncilPlan> plans = new ArrayList<>(List.of(plan));
    List<MentorSeat> seats = new ArrayList<>();
    for (CouncilMentor candidate : candidates) {
      seats.add(new MentorSeat(plan, mentors.get(candidate.getMentorId()), answers(candidate)));
    }
    addConfirmedCouncils(council, mentors, plans, seats);

    CouncilSchedule solved = solver.solve(new CouncilSchedule(List.copyOf(mentors.values()), plans, seats));
    return quorum(council, solved);
  }

  /** Confirmed councils that share a mentor and overlap the proposed slots: pinned, so nobody is double-booked. */
  private void addConfirmedCouncils(CouncilSession council, Map<UUID, PlanningMentor> mentors, List<CouncilPlan> plans,
      List<MentorSeat> seats) {
    Instant from = council.getProposedSlots().stream().map(TimeRange::start).min(Comparator.naturalOrder()).orElseThrow();
    Instant to = council.getProposedSlots().stream().map(TimeRange::end).max(Comparator.naturalOrder()).orElseThrow();
    List<CouncilSession> confirmed = councils.findConfirmedWithMentorsBetween(mentors.keySet(), from, to, council.getId());
    confirmed.stream().sorted(Comparator.comparing(CouncilSession::getId)).forEach(other -> {
      CouncilPlan fixed = CouncilPlan.confirmed(other.getId(), other.scheduledSlot().orElseThrow());
      plans.add(fixed);
      other.selectedMentors().stream()
          .map(CouncilMentor::getMentorId)
          .filter(mentors::containsKey)
          .sorted()
          .forEach(id -> seats.add(MentorSeat.confirmed(fixed, mentors.get(id))));
    });
  }

  private Optional<Selection> quorum(CouncilSession council, CouncilSchedule solved) {
    CouncilPlan plan = solved.getCouncils().stream().filter(c -> c.getId().equals(council.getId())).findFirst()
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

  private Map<UUID, PlanningMentor> planningMentors(List<UUID> ids, Map<UUID, List<TimeRange>> busy) {
    Map<UUID, Person> persons = people.findAllById(ids).stream()
        .collect(Collectors.toMap(Person::getId, Function.identity()));
    Map<UUID, PlanningMentor> mentors = new LinkedHashMap<>();
    for (UUID id : ids) {
      mentors.put(id, new PlanningMentor(id, persons.get(id).zone(), properties.workingHours(), busy.get(id)));
    }
    return mentors;
  }

  private static Map<TimeRange, SlotAnswer> answers(CouncilMentor mentor) {
    Map<TimeRange, SlotAnswer> answers = new HashMap<>();
    for (TimeRange proposed : mentor.getCouncil().getProposedSlots()) {
      mentor.answerFor(proposed.start())
          .ifPresent(answer -> answers.put(proposed, SlotAnswer.valueOf(answer.name())));
    }
    return answers;
  }


  /** The chosen hour and the mentors in it. */
  record Selection(TimeRange slot, List<UUID> mentorIds) {}
}
