package org.mentra.sessions.events;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.mentra.sessions.events.domain.EventRepository;
import org.mentra.sessions.events.domain.EventSeriesRepository;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonLocks;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.shared.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan tiers for events ({@link PlanProperties}): what a person's plan lets them host, whether it
 * lets them register for an event, and who registers with priority. Here rather than in people:
 * every rule speaks of events (their types, privacy, series, monthly counts), and the kernel knows no
 * feature. Each refusal is a 403 problem with a stable type: {@code plan-required} (names the plan
 * that allows it) or {@code event-limit-reached} (names the limit and when it resets, in the
 * person's zone).
 */
@Service
public class PlanLimits {

  private static final DateTimeFormatter RESET = DateTimeFormatter.ofPattern("d MMMM 'at' HH:mm", Locale.ENGLISH);

  private final PlanProperties plans;
  private final EventRepository events;
  private final EventSeriesRepository series;
  private final PersonLocks locks;
  private final Clock clock;

  PlanLimits(PlanProperties plans, EventRepository events, EventSeriesRepository series, PersonLocks locks,
      Clock clock) {
    this.plans = plans;
    this.events = events;
    this.series = series;
    this.locks = locks;
    this.clock = clock;
  }

  public PlanProperties.Rules rules(Plan plan) {
    return plans.of(plan);
  }

  /** Whether the plan lets its holder register for the event (the event's required plan). */
  public boolean mayRegister(Plan plan, Event event) {
    return event.getPlanRequired().map(required -> rules(plan).includes().contains(required)).orElse(true);
  }

  /** Refuses (plan-required) a person whose plan does not include the event's required plan. */
  public void ensureMayRegister(Person person, Event event) {
    if (!mayRegister(person.getPlan(), event)) {
      Plan required = event.getPlanRequired().orElseThrow();
      // Premium's events are Professional's too: say so, as the plans' includes have it
      boolean higherToo = Arrays.stream(Plan.values())
          .anyMatch(p -> p != required && p != Plan.COUNCIL && rules(p).includes().contains(required));
      throw planRequired(person, "'" + event.getTitle() + "' is for the " + required.words() + " plan"
          + (higherToo ? " or higher" : ""), required);
    }
  }

  /** Whether the plan registers in the priority window and comes first on waitlists. */
  public boolean hasPriority(Plan plan) {
    return rules(plan).priorityRegistration();
  }

  /** Whether the plan sees host analytics. */
  public boolean hasAnalytics(Plan plan) {
    return rules(plan).analytics();
  }

  /**
   * Refuses what the host's plan does not include of an event they create or change themselves:
   * private or invite-only events, workshops and client group sessions.
   */
  public void ensureMayHost(Person host, EventRequest request) {
    PlanProperties.Rules rules = rules(host.getPlan());
    if (request.privacy() != null && request.privacy().isRestricted() && !rules.privateEvents()) {
      Plan needed = lowestWith(p -> rules(p).privateEvents());
      throw planRequired(host, "Private and invite-only events need the " + needed.words() + " plan", needed);
    }
    EventType.parse(request.eventType()).filter(EventType::isProfessional).ifPresent(type -> {
      if (!rules.workshops()) {
        Plan needed = lowestWith(p -> rules(p).workshops());
        throw planRequired(host, "Hosting a " + type.words() + " needs the " + needed.words() + " plan", needed);
      }
    });
  }

  /**
   * In the transaction that creates it, refuses an event (or, {@code asSeries}, a series) its host may
   * not create on their plan: the features above, series, and the monthly limit (a series counts once,
   * the month is the host's). Serialised per host, so two creations at once cannot both take the last one.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void ensureMayCreate(Person host, EventRequest request, boolean asSeries) {
    ensureMayHost(host, request);
    PlanProperties.Rules rules = rules(host.getPlan());
    if (asSeries && !rules.series()) {
      Plan needed = lowestWith(p -> rules(p).series());
      throw planRequired(host, "Event series need the " + needed.words() + " plan", needed);
    }
    if (rules.eventsPerMonth() == null) {
      return;
    }
    locks.lock(host.getId());
    ZonedDateTime monthStart = clock.instant().atZone(host.zone()).withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS);
    Instant since = monthStart.toInstant();
    long created = events.countStandaloneCreatedSince(host.getId(), since)
        + series.countByHostIdAndCreatedAtGreaterThanEqual(host.getId(), since);
    int limit = rules.eventsPerMonth();
    if (created >= limit) {
      ZonedDateTime resets = monthStart.plusMonths(1);
      String when = RESET.format(resets) + " (" + host.zone().getId() + ")";
      throw new Refused("event-limit-reached", "Monthly event limit reached",
          "The " + host.getPlan().words() + " plan creates " + (limit == 0 ? "no events"
              : limit == 1 ? "1 event a month" : limit + " events a month") + " (a series counts once, a cancelled event not); "
              + host.getDisplayName() + " has created " + created + " this month. The limit resets on " + when + ".",
          Map.of("plan", host.getPlan(), "limit", limit, "used", created, "resetsAt", resets.toInstant().toString(),
              "zone", host.zone().getId()));
    }
  }

  private Plan lowestWith(java.util.function.Predicate<Plan> allows) {
    for (Plan plan : new Plan[] {Plan.FREE, Plan.PREMIUM, Plan.PROFESSIONAL, Plan.COUNCIL}) {
      if (allows.test(plan)) {
        return plan;
      }
    }
    return Plan.PROFESSIONAL;
  }

  private static Refused planRequired(Person person, String sentence, Plan required) {
    return new Refused("plan-required", required.words() + " plan required",
        sentence + "; " + person.getDisplayName() + "'s plan is " + person.getPlan().words() + ".",
        Map.of("plan", person.getPlan(), "requiredPlan", required));
  }
}
