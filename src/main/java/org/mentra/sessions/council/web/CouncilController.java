package org.mentra.sessions.council.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.security.Caller;
import org.mentra.sessions.shared.Refused;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.mentra.sessions.council.domain.Availability;
import org.mentra.sessions.council.domain.CouncilMentor;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.shared.TimeRange;
import org.mentra.sessions.council.CouncilAvailabilityService;
import org.mentra.sessions.council.CouncilRequest;
import org.mentra.sessions.council.CouncilService;
import org.mentra.sessions.council.MentorAnswer;

@RestController
@RequestMapping("/api/v1/councils")
@Tag(name = "Councils", description = "A mentee meets 3-5 mentors for one hour")
class CouncilController {

  private final CouncilService councils;
  private final CouncilAvailabilityService availability;
  private final PersonRepository people;
  private final Caller caller;

  CouncilController(CouncilService councils, CouncilAvailabilityService availability, PersonRepository people, Caller caller) {
    this.councils = councils;
    this.availability = availability;
    this.people = people;
    this.caller = caller;
  }

  @PostMapping
  @Operation(summary = "Request a council", description = "Staff, or the mentee for themselves. 403 unless the mentee "
      + "has the Council plan, is not paused and has not reached the plan's monthly limit.")
  ResponseEntity<CouncilView> request(@Valid @RequestBody CouncilRequest request) {
    CouncilView.Viewer viewer = viewer();
    if (!viewer.staff() && !viewer.is(request.menteeId())) {
      throw Refused.forbidden("You may only request councils for yourself.");
    }
    CouncilSession council = councils.request(request, caller.userId().orElse("api"));
    return ResponseEntity.created(URI.create("/api/v1/councils/" + council.getId()))
        .body(CouncilView.of(council, viewer));
  }

  @GetMapping("/{id}")
  @Operation(summary = "A council's status", description = "Staff, the mentee or one of its mentors. A mentor's "
      + "conflict note and proposed times are shown to staff and that mentor only; scores to staff only.")
  CouncilView get(@PathVariable UUID id) {
    CouncilSession council = councils.get(id);
    CouncilView.Viewer viewer = viewer();
    boolean mentor = council.activeMentors().stream().anyMatch(m -> viewer.is(m.getMentorId()));
    if (!viewer.staff() && !viewer.is(council.getMenteeId()) && !mentor) {
      throw Refused.forbidden("You may only read councils you take part in.");
    }
    return CouncilView.of(council, viewer);
  }

  @PutMapping("/{id}/mentors/{mentorId}/response")
  @Operation(summary = "A mentor's availability", description = "The same as the one-click page: each slot's answer "
      + "adds to earlier ones; a note or list of proposals replaces the earlier one. Coordinators, or the mentor.")
  CouncilView.MentorView respond(@PathVariable UUID id, @PathVariable UUID mentorId,
      @Valid @RequestBody ResponseRequest response) {
    CouncilView.Viewer viewer = viewer();
    if (!viewer.staff() && !viewer.is(mentorId)) {
      throw Refused.forbidden("Only the mentor or a coordinator may answer for a mentor.");
    }
    CouncilMentor answered = availability.answer(id, mentorId, response.toAnswer());
    return CouncilView.MentorView.of(answered, viewer);
  }

  @PostMapping("/{id}/cancel")
  @Operation(summary = "Cancel a council", description = "Staff or the mentee. Everyone invited gets a calendar "
      + "cancellation; open tasks and timers end. 409 when the council has already ended.")
  CouncilView cancel(@PathVariable UUID id, @Valid @RequestBody(required = false) CancelRequest body) {
    CouncilSession council = councils.get(id);
    CouncilView.Viewer viewer = viewer();
    if (!viewer.staff() && !viewer.is(council.getMenteeId())) {
      throw Refused.forbidden("Only the mentee or a coordinator may cancel the council.");
    }
    councils.cancel(id, body == null ? null : body.reason());
    return CouncilView.of(councils.get(id), viewer);
  }

  /**
   * The caller: staff, or the person whose platform user id they log in with, if any. Staff see and may do
   * everything a person could here, so their person is not looked up (a query less on every coordinator call).
   */
  private CouncilView.Viewer viewer() {
    if (caller.isStaff()) {
      return new CouncilView.Viewer(true, null);
    }
    return new CouncilView.Viewer(false, caller.userId().flatMap(people::findByUserId).map(Person::getId).orElse(null));
  }

  /** A mentor's answer as the API takes it. */
  record ResponseRequest(
      @NotNull @Size(min = 1, max = 5) List<@NotNull @Valid SlotAnswerRequest> answers,
      @Size(max = 2000) String conflictNote,
      @Size(max = 5) List<@NotNull @Valid TimeRange> alternativeProposals) {

    MentorAnswer toAnswer() {
      return new MentorAnswer(answers.stream().map(a -> new MentorAnswer.SlotAnswer(a.slotStart(), a.answer())).toList(),
          conflictNote, alternativeProposals);
    }
  }

  record SlotAnswerRequest(@NotNull Instant slotStart, @NotNull Availability answer) {}

  record CancelRequest(@Size(max = 1000) String reason) {}
}
