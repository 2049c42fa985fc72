package org.mentra.sessions.events.registration.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventService;
import org.mentra.sessions.events.registration.EventRegistrationService;
import org.mentra.sessions.events.registration.domain.Registration;
import org.mentra.sessions.events.registration.domain.RegistrationRepository;
import org.mentra.sessions.events.registration.domain.RegistrationStatus;
import org.mentra.sessions.events.registration.mail.RegistrationLetters;
import org.mentra.sessions.links.ConcernContext;
import org.mentra.sessions.links.LinkPage;
import org.mentra.sessions.links.LinkRejected;
import org.mentra.sessions.links.LinkToken;
import org.mentra.sessions.links.OneClickHandler;
import org.mentra.sessions.mail.LocalTimes;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/** The seat offer's links: take the held seat, or let it go to the next in line. GET shows, POST applies. */
@Component
class SeatOfferLinkHandler implements OneClickHandler {

  private static final String ACCEPT = "accept";
  private static final String DECLINE = "decline";

  private final EventRegistrationService service;
  private final RegistrationRepository registrations;
  private final EventService events;
  private final PersonRepository people;

  SeatOfferLinkHandler(EventRegistrationService service, RegistrationRepository registrations, EventService events,
      PersonRepository people) {
    this.service = service;
    this.registrations = registrations;
    this.events = events;
    this.people = people;
  }

  @Override
  public String purpose() {
    return RegistrationLetters.SEAT_OFFER_LINK;
  }

  @Override
  public Optional<ConcernContext> concern(LinkToken token) {
    return registrations.findById(UUID.fromString(token.subject())).map(r -> ConcernContext.event(r.getEventId()));
  }

  @Override
  public LinkPage show(LinkToken token) {
    Registration registration = offered(token);
    Event event = events.get(registration.getEventId());
    Person person = people.findById(token.personId()).orElseThrow(LinkRejected::notForYou);
    LocalTimes times = new LocalTimes(person.zone(), person.locale());
    return LinkPage.confirm("A seat at " + event.getTitle(),
        "The seat at " + event.getTitle() + " (" + times.range(event.getStartsAt(), event.getEndsAt())
            + ") is held for you until " + times.dateTime(registration.getOfferedUntil().orElseThrow()) + ".",
        List.of(new LinkPage.Option(ACCEPT, "Yes, I take the seat"),
            new LinkPage.Option(DECLINE, "I can't make it: let the next person have it")),
        token.choice(), "Send", null);
  }

  @Override
  public LinkPage apply(LinkToken token, MultiValueMap<String, String> form) {
    Registration registration = offered(token);
    String choice = form.getFirst("choice");
    if (ACCEPT.equals(choice)) {
      Registration seated = service.acceptOffer(registration.getId());
      return seated.getStatus() == RegistrationStatus.PENDING_APPROVAL
          ? LinkPage.done("The seat is held for you", "This event asks our coordinators to approve each "
              + "registration; we will write to you as soon as they have.")
          : LinkPage.done("The seat is yours", "You are in. The confirmation with the calendar invite is on its "
              + "way to your inbox.");
    }
    if (DECLINE.equals(choice)) {
      service.declineOffer(registration.getId());
      return LinkPage.done("Thank you for letting us know", "The seat goes to the next person in line.");
    }
    throw LinkRejected.invalidAnswer("Please choose whether you take the seat.");
  }

  private Registration offered(LinkToken token) {
    Registration registration;
    try {
      registration = registrations.findById(UUID.fromString(token.subject())).orElseThrow(LinkRejected::notForYou);
    } catch (IllegalArgumentException e) {
      throw LinkRejected.tampered();
    }
    if (!registration.getPersonId().equals(token.personId())) {
      throw LinkRejected.notForYou();
    }
    if (registration.getStatus() != RegistrationStatus.OFFERED) {
      throw registration.getStatus().holdsASeat() ? LinkRejected.alreadyUsed()
          : LinkRejected.tooLate("This seat is no longer held for you; it has gone to the next person in line.");
    }
    return registration;
  }
}
