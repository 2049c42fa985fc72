package org.mentra.sessions.accountability.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.mentra.sessions.people.PeopleService;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.security.Caller;
import org.mentra.sessions.shared.Conflict;
import org.mentra.sessions.shared.Refused;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.mentra.sessions.accountability.domain.ReliabilitySummary;
import org.mentra.sessions.accountability.PauseService;
import org.mentra.sessions.accountability.ReliabilityService;

@RestController
@RequestMapping("/api/v1/people/{id}")
@Tag(name = "Accountability", description = "Attendance, strikes, pauses and reliability")
class ReliabilityController {

  private final PeopleService people;
  private final ReliabilityService reliability;
  private final PauseService pauses;
  private final Caller caller;

  ReliabilityController(PeopleService people, ReliabilityService reliability, PauseService pauses, Caller caller) {
    this.people = people;
    this.reliability = reliability;
    this.pauses = pauses;
    this.caller = caller;
  }

  @GetMapping("/reliability")
  @Operation(summary = "A person's attendance record, active strikes and running pause",
      description = "For coordinators and the platform, or the person themselves.")
  ReliabilitySummary reliability(@PathVariable UUID id) {
    Person person = people.get(id);
    if (!caller.isStaff() && !caller.isUser(person.getUserId())) {
      throw Refused.forbidden("You may only read your own record.");
    }
    return reliability.summary(person);
  }

  @DeleteMapping("/pause")
  @Operation(summary = "Lift a pause early (coordinators)",
      description = "The person may sign up (or volunteer) again at once and gets a short email; the case that "
          + "paused them stops waiting. 409 when there is no running pause.")
  ResponseEntity<Void> liftPause(@PathVariable UUID id, @Valid @RequestBody(required = false) LiftPauseRequest request) {
    if (!caller.isCoordinator()) {
      throw Refused.forbidden("Only coordinators may lift a pause.");
    }
    Person person = people.get(id);
    if (!pauses.liftEarly(person.getId(), caller.userId().orElse("a coordinator"),
        request == null ? null : request.note())) {
      throw new Conflict(person.getDisplayName() + " has no running pause to lift.");
    }
    return ResponseEntity.noContent().build();
  }

  /** @param note a personal line for the person's email (optional) */
  record LiftPauseRequest(@Size(max = 1000) String note) {}
}
