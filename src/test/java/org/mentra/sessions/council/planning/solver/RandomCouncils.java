package org.mentra.sessions.council.planning.solver;

import org.mentra.sessions.shared.TimeRange;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.mentra.sessions.council.matching.WorkingHours;
import org.mentra.sessions.council.planning.domain.CouncilPlan;
import org.mentra.sessions.council.planning.domain.CouncilSchedule;
import org.mentra.sessions.council.planning.domain.MentorSeat;
import org.mentra.sessions.council.planning.domain.PlanningMentor;
import org.mentra.sessions.council.planning.domain.SlotAnswer;

/**
 * Random council schedules from a seed (the same seed gives the same schedule): councils with
 * slots that often overlap each other's, mentors spread over time zones and shared between
 * councils, random answers, and optionally some confirmed councils as fixed facts.
 */
public final class RandomCouncils {

  private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/London"), ZoneId.of("Europe/Berlin"),
      ZoneId.of("America/New_York"), ZoneId.of("America/Los_Angeles"), ZoneId.of("Asia/Tokyo"),
      ZoneId.of("Asia/Kolkata"), ZoneId.of("Africa/Lagos"));
  private static final Instant MONDAY = Instant.parse("2026-06-01T06:00:00Z");

  private RandomCouncils() {}

  /**
   * @param councils councils to place
   * @param mentors the mentor pool
   * @param slotsPerCouncil proposed slots of each council
   * @param seatsPerCouncil candidate mentors of each council
   * @param days over how many days the slots spread (fewer days, more overlaps)
   * @param confirmed confirmed councils (pinned) among the mentors
   */
  public static CouncilSchedule generate(long seed, int councils, int mentors, int slotsPerCouncil, int seatsPerCouncil,
      int days, int confirmed) {
    Random random = new Random(seed);
    List<PlanningMentor> pool = new ArrayList<>();
    for (int i = 0; i < mentors; i++) {
      pool.add(new PlanningMentor(new UUID(seed, i), ZONES.get(random.nextInt(ZONES.size())),
          new WorkingHours(LocalTime.of(8, 0), LocalTime.of(21, 0))));
    }
    List<CouncilPlan> plans = new ArrayList<>();
    List<MentorSeat> seats = new ArrayList<>();
    for (int c = 0; c < confirmed; c++) {
      CouncilPlan fixed = CouncilPlan.confirmed(new UUID(seed, 1_000_000 + c), randomSlot(random, days));
      plans.add(fixed);
      for (PlanningMentor mentor : pick(random, pool, 3)) {
        seats.add(MentorSeat.confirmed(fixed, mentor));
      }
    }
    for (int c = 0; c < councils; c++) {
      Set<TimeRange> slots = new LinkedHashSet<>();
      while (slots.size() < slotsPerCouncil) {
        slots.add(randomSlot(random, days));
      }
      List<PlanningMentor> candidates = pick(random, pool, seatsPerCouncil);
      int minimum = 2 + random.nextInt(2);
      int maximum = minimum + random.nextInt(3);
      UUID lead = random.nextInt(4) == 0 ? null : candidates.get(random.nextInt(candidates.size())).id();
      CouncilPlan plan = new CouncilPlan(new UUID(seed, 2_000_000 + c), minimum, maximum, lead, List.copyOf(slots));
      plans.add(plan);
      for (PlanningMentor mentor : candidates) {
        Map<TimeRange, SlotAnswer> answers = new HashMap<>();
        for (TimeRange slot : slots) {
          int roll = random.nextInt(10);
          if (roll < 5) {
            answers.put(slot, SlotAnswer.AVAILABLE);
          } else if (roll < 7) {
            answers.put(slot, SlotAnswer.TENTATIVE);
          } else if (roll < 9) {
            answers.put(slot, SlotAnswer.UNAVAILABLE);
          }
        }
        seats.add(new MentorSeat(plan, mentor, answers));
      }
    }
    return new CouncilSchedule(pool, plans, seats);
  }

  /** A slot on the hour or half hour, so slots of different councils overlap now and then. */
  private static TimeRange randomSlot(Random random, int days) {
    Instant start = MONDAY.plusSeconds(86_400L * random.nextInt(days) + 1800L * random.nextInt(28));
    return new TimeRange(start, start.plusSeconds(3600));
  }

  private static List<PlanningMentor> pick(Random random, List<PlanningMentor> pool, int count) {
    List<PlanningMentor> shuffled = new ArrayList<>(pool);
    java.util.Collections.shuffle(shuffled, random);
    return shuffled.subList(0, Math.min(count, shuffled.size()));
  }
}
