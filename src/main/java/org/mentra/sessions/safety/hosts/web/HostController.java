package org.mentra.sessions.safety.hosts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.mentra.sessions.safety.HostApplicationFiled;
import org.mentra.sessions.safety.HostApplicationRequest;
import org.mentra.sessions.safety.HostVerification;
import org.mentra.sessions.safety.HostVerificationService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/hosts")
@Tag(name = "Safety", description = "Blocks, reports of a concern, and their moderation")
class HostController {

  private final HostVerificationService hosts;

  HostController(HostVerificationService hosts) {
    this.hosts = hosts;
  }

  record ApplicationBody(UUID personId, String credentials, List<String> expertise, List<String> references) {}

  @PostMapping("/applications")
  @Operation(summary = "Apply to host professional events (the person, or staff for them)",
      description = "credentials (up to 4000 characters), expertise[] and references[] (1-20 entries of up to 300 "
          + "characters each; a reference names a person who can vouch for the work and how to reach them). 201 {id, "
          + "status: IN_REVIEW}: the coordinators check the credentials, the background, the activity on Mentra, the "
          + "expertise and the safety training, and the applicant hears by mail (a rejection with its reason and "
          + "the date they may apply again). 400 naming each bad field (an unknown personId among them); 403 when "
          + "the caller is neither the person nor staff; 409 while an application is in review, before the "
          + "reapply date after a rejection or removal (reapplyAfter), or while verified and not yet renewable "
          + "(renewableFrom: mentra.safety.hosts.renewal-notice before the expiry).")
  ResponseEntity<HostApplicationFiled> apply(@RequestBody ApplicationBody body) {
    HostApplicationFiled filed = hosts.apply(new HostApplicationRequest(body.personId(), body.credentials(),
        body.expertise(), body.references()));
    return ResponseEntity.created(URI.create("/api/v1/hosts/" + body.personId() + "/verification")).body(filed);
  }

  @GetMapping("/{personId}/verification")
  @Operation(summary = "A person's host verification (the person, or staff)",
      description = "status: NONE (never applied), IN_REVIEW, VERIFIED (with expiresAt), REJECTED or REVOKED "
          + "(with reapplyAfter and the reason), EXPIRED; applicationId names the application it comes from. Only "
          + "a VERIFIED person creates professional events (workshops, trainings, therapy) of their own. 404 for "
          + "an unknown person; 403 for anyone but the person and staff.")
  HostVerification verification(@PathVariable UUID personId) {
    return hosts.verification(personId);
  }
}
