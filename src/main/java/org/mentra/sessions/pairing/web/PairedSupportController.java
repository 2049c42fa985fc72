package org.mentra.sessions.pairing.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.pairing.web.PairingRequests.CancelChatRequest;
import org.mentra.sessions.pairing.web.PairingRequests.CounselorAvailabilityRequest;
import org.mentra.sessions.pairing.web.PairingViews.AvailabilityView;
import org.mentra.sessions.pairing.web.PairingViews.ChatView;
import org.mentra.sessions.people.PeopleService;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.security.Caller;
import org.mentra.sessions.shared.NotFound;
import org.mentra.sessions.shared.Refused;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.mentra.sessions.pairing.domain.Chat;
import org.mentra.sessions.pairing.domain.ChatRepository;
import org.mentra.sessions.pairing.AvailabilityService;
import org.mentra.sessions.pairing.ChatSessionService;
import org.mentra.sessions.pairing.PairingRequestService;
import org.mentra.sessions.pairing.SelfSelectService;

@RestController
@RequestMapping("/api/v1/events/{eventId}")
@Tag(name = "Paired support", description = "Counselor availability, sign-ups, offers, pairing and chats")
class PairedSupportController {

  private final AvailabilityService availability;
  private final SelfSelectService selfSelect;
  private final PairingRequestService pairing;
  private final ChatSessionService chats;
  private final ChatRepository chatRepository;
  private final PeopleService peopleService;
  private final PersonRepository people;
  private final Caller caller;

  PairedSupportController(AvailabilityService availability, SelfSelectService selfSelect,
      PairingRequestService pairing, ChatSessionService chats, ChatRepository chatRepository,
      PeopleService peopleService, PersonRepository people, Caller caller) {
    this.availability = availability;
    this.selfSelect = selfSelect;
    this.pairing = pairing;
    this.chats = chats;
    this.chatRepository = chatRepository;
    this.peopleService = peopleService;
    this.people = people;
    this.caller = caller;
  }

  /** The same as the counselor's availability page. */
  @PostMapping("/counselors")
  AvailabilityView setAvailability(@PathVariable UUID eventId, @Valid @RequestBody CounselorAvailabilityRequest request) {
    requireSelfOrStaff(peopleService.get(request.counselorId()));
    Event event = pairing.event(eventId);
    return AvailabilityView.of(availability.setAvailability(eventId, request.counselorId(),
        PairingRequests.inside(event, request.windows(), "windows"), request.slotMinutes()));
  }

  // Signing up and withdrawing (POST/DELETE …/register) go through the events API's one endpoint:
  // PairedSupportRegistration.

  /** Self-select: free (counselor, slot) for the patient, best compatibility first. */
  @GetMapping("/offers")
  List<SelfSelectService.Offer> offers(@PathVariable UUID eventId, @RequestParam UUID patientId) {
    requireSelfOrStaff(peopleService.get(patientId));
    return selfSelect.offers(eventId, patientId);
  }

  /** Runs the pairing now (in the event's process, not in this request): 202, then see the chats. */
  @PostMapping("/pairing")
  @PreAuthorize("@caller.isStaff()")
  ResponseEntity<Map<String, String>> pairNow(@PathVariable UUID eventId) {
    pairing.requestPairing(eventId);
    return ResponseEntity.accepted().location(URI.create("/api/v1/events/" + eventId + "/chats"))
        .body(Map.of("status", "PAIRING_REQUESTED", "chats", "/api/v1/events/" + eventId + "/chats"));
  }

  @GetMapping("/chats")
  @PreAuthorize("@caller.isStaff()")
  List<ChatView> chats(@PathVariable UUID eventId) {
    pairing.event(eventId);
    List<Chat> found = chatRepository.findByEventIdOrderByStartsAt(eventId);
    Map<UUID, String> names = names(found);
    return found.stream().map(chat -> ChatView.of(chat, names)).toList();
  }

  /** The patient or the counselor calls their chat off (the same as the link in their email). */
  @PostMapping("/chats/{chatId}/cancel")
  ChatView cancel(@PathVariable UUID eventId, @PathVariable UUID chatId, @Valid @RequestBody CancelChatRequest request) {
    requireSelfOrStaff(peopleService.get(request.personId()));
    Chat chat = chats.get(chatId);
    if (!chat.getEventId().equals(eventId)) {
      throw new NotFound("Chat", chatId);
    }
    return view(chats.cancel(chatId, request.personId()));
  }

  private ChatView view(Chat chat) {
    return ChatView.of(chat, names(List.of(chat)));
  }

  private Map<UUID, String> names(List<Chat> chats) {
    Set<UUID> ids = chats.stream().flatMap(ChatView::people).collect(Collectors.toSet());
    return people.findAllById(ids).stream().collect(Collectors.toMap(Person::getId, Person::getDisplayName));
  }

  private void requireSelfOrStaff(Person person) {
    if (!caller.isStaff() && !caller.isUser(person.getUserId())) {
      throw Refused.forbidden("You may only act for yourself.");
    }
  }
}
