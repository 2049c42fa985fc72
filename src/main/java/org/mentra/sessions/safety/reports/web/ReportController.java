package org.mentra.sessions.safety.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.mentra.sessions.people.CrisisResource;
import org.mentra.sessions.safety.ModerationService;
import org.mentra.sessions.safety.ModerationService.AuditEntry;
import org.mentra.sessions.safety.ReportCategory;
import org.mentra.sessions.safety.ReportFiled;
import org.mentra.sessions.safety.ReportRequest;
import org.mentra.sessions.safety.ReportService;
import org.mentra.sessions.safety.ReportStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Safety", description = "Blocks, reports of a concern, and their moderation")
class ReportController {

  /** Refusals are RFC 9457 problem details (web.ApiExceptionHandler). */
  private static final String PROBLEM = "application/problem+json";

  private final ReportService reports;
  private final ModerationService moderation;

  ReportController(ReportService reports, ModerationService moderation) {
    this.reports = reports;
    this.moderation = moderation;
  }

  record ReportBody(UUID reporterId, UUID reportedPersonId, UUID eventId, UUID sessionId, ReportCategory category,
      @Size(max = ReportService.MAX_TEXT_LENGTH) String text, Boolean urgent) {}

  record ReportAnswer(UUID id, ReportStatus status, boolean urgent, List<CrisisResource> crisisResources) {
    static ReportAnswer of(ReportFiled filed) {
      return new ReportAnswer(filed.id(), filed.status(), filed.urgent(), filed.crisisResources());
    }
  }

  @PostMapping
  @Operation(summary = "Report a concern about a person, an event or a session (the reporter, or staff)",
      description = "Name at least one of reportedPersonId, eventId, sessionId (a council session, support chat or "
          + "event id). category: HARASSMENT, SELF_HARM_RISK, THREAT, SPAM, INAPPROPRIATE or OTHER; text up to "
          + "4000 characters. 201 {id, status, urgent, crisisResources}: an urgent concern (urgent true, or "
          + "SELF_HARM_RISK or THREAT) always answers with crisis resources (name, text, url), also sent by mail, "
          + "and goes to a moderator as a high-priority task due within mentra.safety.urgent-response. The reporter "
          + "is never shown to the reported person. 400 naming each bad field (unknown people, event or session, "
          + "reporting oneself, no subject); 403 when the caller is neither the reporter nor staff.")
  @ApiResponse(responseCode = "400", description = "A bad field, named in errors[]",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "401", description = "No login",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "403", description = "Neither the reporter nor staff",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  ResponseEntity<ReportAnswer> report(@Valid @RequestBody ReportBody body) {
    ReportFiled filed = reports.file(new ReportRequest(body.reporterId(), body.reportedPersonId(), body.eventId(),
        body.sessionId(), body.category(), body.text(), Boolean.TRUE.equals(body.urgent())));
    return ResponseEntity.created(URI.create("/api/v1/reports/" + filed.id())).body(ReportAnswer.of(filed));
  }

  @GetMapping("/{id}")
  @Operation(summary = "A report as its reporter sees it (the reporter, or staff)",
      description = "Its status and, once decided, whether action was taken (never which). 404 for anyone else, "
          + "the reported person included.")
  @ApiResponse(responseCode = "404", description = "No such report, or not the caller's",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  ReportService.ReportView view(@PathVariable UUID id) {
    return reports.view(id);
  }

  @GetMapping("/{id}/audit")
  @PreAuthorize("@caller.isStaff()")
  @Operation(summary = "A report's audit trail (coordinators)",
      description = "Every step of its moderation, oldest first: who (moderator, engine or reporter), when, what "
          + "(the decision, a block, an escalation) and why (the reason given).")
  @ApiResponse(responseCode = "403", description = "Not a coordinator",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "404", description = "No such report",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  List<AuditEntry> audit(@PathVariable UUID id) {
    return moderation.audit(id);
  }
}
