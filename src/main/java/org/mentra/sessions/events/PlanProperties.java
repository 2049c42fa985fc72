package org.mentra.sessions.events;

import java.util.EnumSet;
import java.util.Set;
import org.mentra.sessions.people.Plan;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What each plan may do with events ({@code mentra.plans.<plan>}); unset plans and unset values take
 * the seed's tiers: Free views public events, registers and hosts 1 event a month; Premium adds
 * priority registration, series and private events and hosts up to 5 a month; Professional hosts
 * without limit, also workshops and client group sessions, and sees analytics. Council is Free for
 * events (its own benefit, councils, is the council module's).
 */
@ConfigurationProperties("mentra.plans")
public record PlanProperties(Rules free, Rules premium, Rules professional, Rules council) {

  public PlanProperties {
    free = Rules.orDefault(free, new Rules(1, false, false, false, false, false, EnumSet.of(Plan.FREE)));
    premium = Rules.orDefault(premium, new Rules(5, true, true, false, false, true,
        EnumSet.of(Plan.FREE, Plan.PREMIUM)));
    professional = Rules.orDefault(professional, new Rules(null, true, true, true, true, true,
        EnumSet.of(Plan.FREE, Plan.PREMIUM, Plan.PROFESSIONAL)));
    council = Rules.orDefault(council, new Rules(1, false, false, false, false, false,
        EnumSet.of(Plan.FREE, Plan.COUNCIL)));
  }

  public static final PlanProperties DEFAULTS = new PlanProperties(null, null, null, null);

  public Rules of(Plan plan) {
    return switch (plan) {
      case FREE -> free;
      case PREMIUM -> premium;
      case PROFESSIONAL -> professional;
      case COUNCIL -> council;
    };
  }

  /**
   * One plan's rules.
   *
   * @param eventsPerMonth events (a series counts once) a person may create a month, counted in
   *     their zone; unset means no limit, 0 none at all
   * @param series whether they may create series
   * @param privateEvents whether they may create private and invite-only events
   * @param workshops whether they may host workshops and client group sessions
   *     ({@link EventType#isProfessional()})
   * @param analytics whether they see host analytics
   * @param priorityRegistration whether they register in the priority window and come first on waitlists
   * @param includes the plans whose events (plan required) they may register for
   */
  public record Rules(Integer eventsPerMonth, Boolean series, Boolean privateEvents, Boolean workshops,
      Boolean analytics, Boolean priorityRegistration, Set<Plan> includes) {

    static Rules orDefault(Rules given, Rules defaults) {
      if (given == null) {
        return defaults;
      }
      // a configured plan keeps the defaults of what it leaves out; "unlimited" is the one unset eventsPerMonth
      // can only mean for plans whose default is unlimited, so a negative value also means no limit
      Integer perMonth = given.eventsPerMonth == null ? defaults.eventsPerMonth
          : given.eventsPerMonth < 0 ? null : given.eventsPerMonth;
      return new Rules(perMonth, or(given.series, defaults.series), or(given.privateEvents, defaults.privateEvents),
          or(given.workshops, defaults.workshops), or(given.analytics, defaults.analytics),
          or(given.priorityRegistration, defaults.priorityRegistration),
          given.includes == null || given.includes.isEmpty() ? defaults.includes : EnumSet.copyOf(given.includes));
    }

    private static Boolean or(Boolean given, Boolean fallback) {
      return given != null ? given : fallback;
    }
  }
}
