package org.mentra.sessions.events.registration;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventAudience;
import org.mentra.sessions.events.EventPrivacy;
import org.mentra.sessions.events.PlanLimits;
import org.mentra.sessions.events.RegistrationEligibility;
import org.mentra.sessions.events.registration.domain.CodeOfConductAcceptance;
import org.mentra.sessions.events.registration.domain.CodeOfConductAcceptanceRepository;
import org.mentra.sessions.people.PeopleService;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.shared.Refused;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may register for a group event, each refusal a problem type of its own: the plan
 * ({@code plan-required}, the events' one plan rule {@link PlanLimits}), an invite-only event without an
 * invitation ({@code not-invited}), a no-show pause ({@code paused}), the code of conduct
 * ({@code code-of-conduct-required}), then the other modules' rules ({@link RegistrationEligibility}: a
 * host's block).
 */
@Component
class Eligibility {

  private final PlanLimits plans;
  private final EventAudience audience;
  private final PeopleService peopleService;
  private final CodeOfConductAcceptanceRepository acceptances;
  private final List<RegistrationEligibility> rules;
  private final EventRegistrationProperties properties;
  private final Clock clock;

  Eligibility(PlanLimits plans, EventAudience audience, PeopleService peopleService, CodeOfConductAcceptanceRepository acceptances,
      List<RegistrationEligibility> rules, EventRegistrationProperties properties, Clock clock) {
    this.plans = plans;
    this.audience = audience;
    this.peopleService = peopleService;
    this.acceptances = acceptances;
    this.rules = rules;
    this.properties = properties;
    this.clock = clock;
  }

  /** Refuses, or records the code of conduct the person accepts with this registration. */
  @Transactional(propagation = Propagation.MANDATORY)
  void check(Event event, Person person, String codeOfConductVersion) {
    ensureInvitedIfInviteOnly(event, person);
    plans.ensureMayRegister(person, event);
    peopleService.ensureNotPaused(person);
    acceptCodeOfConduct(person, codeOfConductVersion);
    rules.forEach(rule -> rule.check(event, person));
  }

  /** An invite-only event takes its invitees (and its host); a private one anyone who was told of it. */
  private void ensureInvitedIfInviteOnly(Event event, Person person) {
    if (event.getPrivacy() == EventPrivacy.INVITE_ONLY && !event.getHostId().equals(Optional.of(person.getId()))
        && !audience.isInvited(event.getId(), person.getId())) {
      throw new Refused("not-invited", "Invitation required",
          "'" + event.getTitle() + "' is invite-only and " + person.getDisplayName() + " is not invited; "
              + "the host can invite them.", Map.of("eventId", event.getId()));
    }
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
