package org.mentra.sessions.safety.hosts;

import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.RegistrationEligibility;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.safety.EmailVerificationService;
import org.springframework.stereotype.Component;

/** At the events' door: a first registration needs a confirmed email address (403 {@code email-not-verified}). */
@Component
class EmailVerificationGate implements RegistrationEligibility {

  private final EmailVerificationService verification;

  EmailVerificationGate(EmailVerificationService verification) {
    this.verification = verification;
  }

  @Override
  public void check(Event event, Person person) {
    verification.ensureVerified(person);
  }
}
