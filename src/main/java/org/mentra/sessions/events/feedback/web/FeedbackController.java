package org.mentra.sessions.events.feedback.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.mentra.sessions.events.feedback.FeedbackService;
import org.mentra.sessions.events.feedback.FeedbackService.Given;
import org.mentra.sessions.events.feedback.FeedbackSummary;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/events/{id}/feedback")
@Tag(name = "Event feedback", description = "Ratings and comments from the people who came")
class FeedbackController {

  private final FeedbackService feedback;

  FeedbackController(FeedbackService feedback) {
    this.feedback = feedback;
  }

  @PostMapping
  @Operation(summary = "Rate an event (people who attended it)",
      description = "The person themselves (userId is their person id), or staff on their behalf. Only someone "
          + "whose attendance is recorded as ATTENDED or LATE may, never the host (403 `attendance-required` / "
          + "`forbidden`). One feedback per person and event: the first POST creates it (201), a second POST "
          + "replaces rating, comment and showName (200). The comment is shown in the summary without a name "
          + "unless showName is true.")
  @ApiResponse(responseCode = "201", description = "Feedback recorded")
  @ApiResponse(responseCode = "200", description = "The person's earlier feedback replaced")
  ResponseEntity<FeedbackView> give(@PathVariable UUID id, @Valid @RequestBody FeedbackRequest request) {
    Given given = feedback.give(id, request.userId(), request.rating(), request.comment(),
        Boolean.TRUE.equals(request.showName()));
    FeedbackView view = FeedbackView.of(given.feedback());
    return given.created()
        ? ResponseEntity.created(URI.create("/api/v1/events/" + id + "/feedback/summary")).body(view)
        : ResponseEntity.ok(view);
  }

  @GetMapping("/summary")
  @Operation(summary = "What an event's feedback says",
      description = "For whoever may see the event (a private event: its participants, host and staff). count, "
          + "average (two decimals; left out without ratings), distribution (\"1\" to \"5\", each with its count) and "
          + "the " + FeedbackService.RECENT_COMMENTS + " latest comments; a comment has a name only if its author "
          + "allowed it to show.")
  FeedbackSummary summary(@PathVariable UUID id) {
    return feedback.summary(id);
  }
}
