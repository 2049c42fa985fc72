package org.mentra.sessions.safety.hosts.web;

import java.util.List;
import org.mentra.sessions.links.LinkPage;
import org.mentra.sessions.links.LinkRejected;
import org.mentra.sessions.links.LinkToken;
import org.mentra.sessions.links.OneClickHandler;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.safety.EmailVerificationService;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * "Confirm my email address": the link mailed before a first registration. GET shows the address and one
 * button (mail scanners open links: nothing changes); POST confirms it. Works once.
 */
@Component
class EmailVerificationLinkHandler implements OneClickHandler {

  static final String CONFIRM = "confirm";

  private final EmailVerificationService verification;
  private final PersonRepository people;

  EmailVerificationLinkHandler(EmailVerificationService verification, PersonRepository people) {
    this.verification = verification;
    this.people = people;
  }

  @Override
  public String purpose() {
    return EmailVerificationService.LINK;
  }

  @Override
  public LinkPage show(LinkToken token) {
    Person person = people.findById(token.personId()).orElseThrow(LinkRejected::notForYou);
    if (person.isEmailVerified()) {
      return LinkPage.done("Your address is confirmed", "Your email address " + person.getEmail()
          + " is confirmed already: you can register for events.");
    }
    return LinkPage.confirm("Confirm your email address", "Hi " + firstName(person) + ", please confirm that "
        + person.getEmail() + " is your address, so that what we send about your sessions reaches you.",
        List.of(new LinkPage.Option(CONFIRM, "This is my address")), CONFIRM, "Confirm my address", null);
  }

  @Override
  public LinkPage apply(LinkToken token, MultiValueMap<String, String> form) {
    Person person = people.findById(token.personId()).orElseThrow(LinkRejected::notForYou);
    verification.verify(person.getId());
    return LinkPage.done("Thank you, your address is confirmed",
        person.getEmail() + " is confirmed. You can register for events now: please send your registration again.");
  }

  private static String firstName(Person person) {
    return person.getDisplayName().split("\\s+")[0];
  }
}
