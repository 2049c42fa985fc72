package org.mentra.sessions.events.registration.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventKind;
import org.mentra.sessions.events.EventAudience;
import org.mentra.sessions.events.EventService;
import org.mentra.sessions.events.KindRegistration;
import org.mentra.sessions.events.registration.Participants;
import org.mentra.sessions.people.PeopleService;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.security.Caller;
import org.mentra.sessions.shared.Conflict;
import org.mentra.sessions.shared.InvalidInput;
import org.mentra.sessions.shared.Refused;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registration for every kind of event: one endpoint that checks who acts for whom and hands the request to
 * the kind's {@link KindRegistration} (group events: seats, waitlist, approval; paired support: pairing).
 */
@RestController
@RequestMapping("/api/v1/events/{eventId}")
@Tag(name = "Event registration", description = "Register for events, cancel, and the host's list of participants")
class EventRegistrationController {

  private final EventService events;
  private final EventAudience audience;
  private final Map<EventKind, KindRegistration> kinds;
  private final Participants participants;
  private final PeopleService peopleService;
  private final PersonRepository people;
  private final Caller caller;
  private final ObjectMapper mapper;
  private final Validator validator;

  EventRegistrationController(EventService events, EventAudience audience, List<KindRegistration> kinds, Participants participants,
      PeopleService peopleService, PersonRepository people, Caller caller, ObjectMapper mapper,
      Validator validator) {
    this.events = events;
    this.audience = audience;
    this.kinds = kinds.stream().collect(Collectors.toMap(KindRegistration::kind, Function.identity()));
    this.participants = participants;
    this.peopleService = peopleService;
    this.people = people;
    this.caller = caller;
    this.mapper = mapper;
    this.validator = validator;
  }

  @PostMapping("/register")
  @Operation(summary = "Register for an event (for yourself; coordinators for anyone)",
      description = "Group events: a seat (CONFIRMED), a seat held while the coordinators approve "
          + "(PENDING_APPROVAL) or the waitlist (WAITLISTED, with waitlistPosition). The first registration "
          + "accepts the code of conduct (codeOfConductVersion). Refusals are 403 problem details naming the "
          + "reason: plan-required, not-invited (invite-only events), paused, code-of-conduct-required, "
          + "blocked-by-host, email-not-verified (a self-registered person's first registration waits for the "
          + "address to be confirmed by the link it mails). A private or invite-only event you may not see answers 404. 201 for a new "
          + "registration, 200 with where you stand when you are registered already. Paired support events "
          + "take the windows you can make (availability) and answer as before.",
      responses = @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(
          implementation = RegisterAnswerDoc.class))))
  ResponseEntity<Object> register(@PathVariable UUID eventId, @io.swagger.v3.oas.annotations.parameters.RequestBody(
      content = @Content(schema = @Schema(implementation = RegisterRequestDoc.class))) @RequestBody JsonNode body,
      HttpServletRequest request) {
    if (body == null || !body.isObject()) {
      throw InvalidInput.of("userId", "The body is a JSON object with the userId of the person registering.");
    }
    Person person = peopleService.get(userId(body));
    requireSelfOrStaff(person);
    Event event = visibleTo(eventId, person);
    KindRegistration.Registered registered = kind(event).register(event, person,
        new JsonRegistrationBody(body, mapper, validator, new ServletServerHttpRequest(request)));
    ResponseEntity.BodyBuilder response = ResponseEntity.status(registered.created() ? HttpStatus.CREATED
        : HttpStatus.OK);
    if (registered.location() != null) {
      response.location(URI.create(registered.location()));
    }
    return response.body(registered.body());
  }

  @DeleteMapping("/register")
  @Operation(summary = "Cancel a registration (for yourself; coordinators for anyone)",
      description = "A held seat goes to the next in line on the waitlist, with a time-limited offer.")
  ResponseEntity<Void> unregister(@PathVariable UUID eventId, @RequestParam UUID userId) {
    Person person = peopleService.get(userId);
    requireSelfOrStaff(person);
    Event event = visibleTo(eventId, person);
    kind(event).unregister(event, person);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/participants")
  @Operation(summary = "Who registered for a group event (its host and coordinators)",
      description = "Seats first, then the waitlist in its order (waitlistPosition), then those who left; "
          + "attendance once it is recorded.")
  List<Participants.Participant> participants(@PathVariable UUID eventId) {
    Event event = events.get(eventId);
    boolean host = event.getHostId().flatMap(people::findById).filter(h -> caller.isUser(h.getUserId()))
        .isPresent();
    if (!caller.isStaff() && !host) {
      throw Refused.forbidden("Only the event's host or a coordinator may see who registered.");
    }
    return participants.of(eventId);
  }

  /** A private or invite-only event the caller may not see does not exist for them (404, as GET answers). */
  private Event visibleTo(UUID eventId, Person person) {
    return audience.visible(eventId, caller.isStaff() ? EventAudience.Viewer.staffMember()
        : new EventAudience.Viewer(Optional.of(person), false));
  }

  private KindRegistration kind(Event event) {
    KindRegistration kind = kinds.get(event.getKind());
    if (kind == null) {
      throw new Conflict("Nobody can register for " + event.getKind() + " events here.");
    }
    return kind;
  }

  private static UUID userId(JsonNode body) {
    JsonNode userId = body.path("userId");
    if (!userId.isTextual()) {
      throw InvalidInput.of("userId", "must be the id of the person registering");
    }
    try {
      return UUID.fromString(userId.asText());
    } catch (IllegalArgumentException e) {
      throw InvalidInput.of("userId", "must be a person's id (a UUID)");
    }
  }

  private void requireSelfOrStaff(Person person) {
    if (!caller.isStaff() && !caller.isUser(person.getUserId())) {
      throw Refused.forbidden("You may only act for yourself.");
    }
  }

  /**
   * The body of {@code POST /register}, for the API's documentation (the kind reads its own fields).
   *
   * @param userId the person registering (their person id)
   * @param codeOfConductVersion group events: the code of conduct you accept (needed at your first registration)
   * @param availability paired support: the windows you can make
   */
  record RegisterRequestDoc(UUID userId, String codeOfConductVersion, List<Object> availability) {}

  /** The answer for a group event; paired support answers with its registration. */
  record RegisterAnswerDoc(String status, Integer waitlistPosition) {}
}
