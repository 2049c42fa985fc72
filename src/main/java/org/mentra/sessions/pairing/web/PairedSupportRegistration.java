package org.mentra.sessions.pairing.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventKind;
import org.mentra.sessions.events.KindRegistration;
import org.mentra.sessions.events.RegistrationBody;
import org.mentra.sessions.pairing.RegistrationService;
import org.mentra.sessions.pairing.SelfSelectService;
import org.mentra.sessions.pairing.domain.Chat;
import org.mentra.sessions.pairing.domain.RegistrationPreferences;
import org.mentra.sessions.pairing.domain.SupportRegistration;
import org.mentra.sessions.pairing.web.PairingRequests.RegisterRequest;
import org.mentra.sessions.pairing.web.PairingViews.ChatView;
import org.mentra.sessions.pairing.web.PairingViews.RegistrationView;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.shared.InvalidInput;
import org.mentra.sessions.shared.TimeRange;
import org.springframework.stereotype.Component;

/**
 * Paired support through the events API's one register endpoint: sign up with windows, or (self-select) book
 * one offer with counselorId and start; withdrawing calls a chat off and offers its counselor's time on.
 */
@Component
class PairedSupportRegistration implements KindRegistration {

  private final RegistrationService registrations;
  private final SelfSelectService selfSelect;
  private final PersonRepository people;

  PairedSupportRegistration(RegistrationService registrations, SelfSelectService selfSelect,
      PersonRepository people) {
    this.registrations = registrations;
    this.selfSelect = selfSelect;
    this.people = people;
  }

  @Override
  public EventKind kind() {
    return EventKind.PAIRED_SUPPORT;
  }

  @Override
  public Registered register(Event event, Person patient, RegistrationBody body) {
    RegisterRequest request = body.read(RegisterRequest.class);
    if (request.counselorId() != null) {
      if (request.start() == null) {
        throw InvalidInput.of("start", "Booking an offer needs its start.");
      }
      Chat chat = selfSelect.book(event.getId(), patient.getId(), request.counselorId(),
          request.start().toInstant());
      Map<java.util.UUID, String> names = people.findAllById(ChatView.people(chat).collect(Collectors.toSet()))
          .stream().collect(Collectors.toMap(Person::getId, Person::getDisplayName));
      return new Registered(true, "/api/v1/events/" + event.getId() + "/chats",
          RegistrationView.of(registrations.registration(chat.getRegistrationId()), ChatView.of(chat, names)));
    }
    List<TimeRange> windows = request.availability() == null ? List.of() : request.availability();
    SupportRegistration registration = registrations.register(event.getId(), patient.getId(),
        PairingRequests.inside(event, windows, "availability"),
        request.preferences() == null ? RegistrationPreferences.NONE : request.preferences(),
        request.preferredCounselorId());
    return new Registered(true, null, RegistrationView.of(registration, null));
  }

  @Override
  public void unregister(Event event, Person patient) {
    registrations.withdraw(event.getId(), patient.getId());
  }
}
