package org.mentra.sessions.pairing.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.pairing.web.PairingRequests.CompatibilityRequest;
import org.mentra.sessions.pairing.web.PairingViews.CompatibilityView;
import org.mentra.sessions.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.mentra.sessions.pairing.CompatibilityService;
import org.mentra.sessions.pairing.PairingRequestService;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Compatibility", description = "How well a patient and a counselor fit (blocks: see Safety)")
class CompatibilityController {

  private final CompatibilityService compatibility;
  private final PairingRequestService events;
  private final Caller caller;

  CompatibilityController(CompatibilityService compatibility, PairingRequestService events, Caller caller) {
    this.compatibility = compatibility;
    this.events = events;
    this.caller = caller;
  }

  /** The score and its reasons; with an event, its theme and the patient's sign-up preferences count. */
  @GetMapping("/compatibility/{patientId}/{counselorId}")
  @PreAuthorize("@caller.isStaff()")
  CompatibilityView explain(@PathVariable UUID patientId, @PathVariable UUID counselorId,
      @RequestParam(required = false) UUID eventId) {
    Optional<Event> event = Optional.ofNullable(eventId).map(events::event);
    return CompatibilityView.of(patientId, counselorId, compatibility.explain(patientId, counselorId, event));
  }

  /** Sets an explicit score that replaces the computed one. */
  @PutMapping("/compatibility/{patientId}/{counselorId}")
  @PreAuthorize("@caller.isStaff()")
  CompatibilityView set(@PathVariable UUID patientId, @PathVariable UUID counselorId,
      @Valid @RequestBody CompatibilityRequest request) {
    return CompatibilityView.of(patientId, counselorId, compatibility.setExplicit(patientId, counselorId,
        request.score(), caller.userId().orElse("unknown")));
  }

  /** Back to the computed score. */
  @DeleteMapping("/compatibility/{patientId}/{counselorId}")
  @PreAuthorize("@caller.isStaff()")
  ResponseEntity<Void> clear(@PathVariable UUID patientId, @PathVariable UUID counselorId) {
    compatibility.clearExplicit(patientId, counselorId);
    return ResponseEntity.noContent().build();
  }
}
