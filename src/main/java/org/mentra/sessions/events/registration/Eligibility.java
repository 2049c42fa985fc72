package org.mentra.sessions.events.registration;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.RegistrationEligibility;
import org.mentra.sessions.events.registration.domain.CodeOfConductAcceptance;
import org.mentra.sessions.events.registration.domain.CodeOfConductAcceptanceRepository;
import org.mentra.sessions.people.PeopleService;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.shared.Refused;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may register for a group event, each refusal a problem type of its own: the plan
 * ({@code plan-required}), a no-show pause ({@code paused}), the code of conduct
 * ({@code code-of-conduct-required}), then the other modules' rules ({@link RegistrationEligibility}: a
 * host's block).
 */
@Component
class Eligibility {

  private final PeopleService peopleService;
  private final CodeOfConductAcceptanceRepository acceptances;
  private final List<RegistrationEligibility> rules;
  private final EventRegistrationProperties properties;
  private final Clock clock;

  Eligibility(PeopleService peopleService, CodeOfConductAcceptanceRepository acceptances,
      List<RegistrationEligibility> rules, EventRegistrationProperties properties, Clock clock) {
    this.peopleService = peopleService;
    this.acceptances = acceptances;
    this.rules = rules;
    this.properties = properties;
    this.clock = clock;
  }

  /** Refuses, or records the code of conduct the person accepts with this registration. */
  @Transactional(propagation = Propagation.MANDATORY)
  void check(Event event, Person person, String codeOfConductVersion) {
    event.getPlanRequired().filter(required -> !meets(person.getPlan(), required)).ifPresent(required -> {
      throw new Refused("plan-required", "Plan required",
          "'" + event.getTitle() + "' is for members with the " + required.words() + " plan"
              + (required == Plan.COUNCIL ? "" : " or higher") + "; yours is " + person.getPlan().words() + ".",
          Map.of("planRequired", required, "plan", person.getPlan()));
    });
    peopleService.ensureNotPaused(person);
    acceptCodeOfConduct(person, codeOfConductVersion);
    rules.forEach(rule -> rule.check(event, person));
  }

  /**
   * Free, Premium and Professional are tiers (each includes the one below); Council is a plan of its own for
   * councils, which also covers what Free covers.
   */
  static boolean meets(Plan plan, Plan required) {
    if (required == Plan.COUNCIL || plan == Plan.COUNCIL) {
      return plan == required || required == Plan.FREE;
    }
    return plan.ordinal() >= required.ordinal();
  }

  private void acceptCodeOfConduct(Person person, String given) {
    String current = properties.codeOfConductVersion();
    CodeOfConductAcceptance accepted = acceptances.findById(person.getId()).orElse(null);
    if (accepted != null && accepted.getVersionName().equals(current)) {
      return;
    }
    if (!current.equals(given == null ? null : given.strip())) {
      throw new Refused("code-of-conduct-required", "Code of conduct not accepted",
          (accepted == null ? "Your first registration needs the code of conduct accepted"
              : "The code of conduct has changed since you accepted version " + accepted.getVersionName()
                  + "; please accept the new one")
              + ": send codeOfConductVersion \"" + current + "\" with the registration"
              + (given == null ? "." : " (you sent \"" + given + "\")."),
          Map.of("codeOfConductVersion", current));
    }
    if (accepted == null) {
      acceptances.save(new CodeOfConductAcceptance(person.getId(), current, clock.instant()));
    } else {
      accepted.accept(Objects.requireNonNull(current), clock.instant());
    }
  }
}
