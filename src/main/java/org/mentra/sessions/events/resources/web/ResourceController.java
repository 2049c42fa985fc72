package org.mentra.sessions.events.resources.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.mentra.sessions.events.resources.ResourceService;
import org.mentra.sessions.events.resources.domain.EventResource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/events/{id}/resources")
@Tag(name = "Event resources", description = "Links, documents and recordings of an event for its participants")
class ResourceController {

  private final ResourceService resources;

  ResourceController(ResourceService resources) {
    this.resources = resources;
  }

  @GetMapping
  @Operation(summary = "An event's resources",
      description = "Anyone signed in for a public event; for a private event its participants (registered, or "
          + "reported at it), its host and staff (403 otherwise). A recording is listed for everyone who may read "
          + "the event, but its url only with a plan that includes recording access (Premium and up), otherwise "
          + "url is null and locked is true.")
  List<ResourceView> list(@PathVariable UUID id) {
    return resources.list(id).stream().map(ResourceView::of).toList();
  }

  @GetMapping("/{resourceId}")
  @Operation(summary = "One resource of an event",
      description = "As the list, but a recording without recording access is a 403 problem `plan-required` "
          + "naming the plan that includes it (requiredPlan).")
  ResourceView get(@PathVariable UUID id, @PathVariable UUID resourceId) {
    return ResourceView.of(resources.get(id, resourceId));
  }

  @PostMapping
  @Operation(summary = "Add a link, document or recording (the event's host, or staff)",
      description = "url: an absolute http or https address with a host, at most 2000 characters, without "
          + "credentials or spaces. At most 50 resources per event (409 beyond); none for a cancelled event (409).")
  ResponseEntity<ResourceView> add(@PathVariable UUID id, @Valid @RequestBody ResourceRequest request) {
    EventResource added = resources.add(id, request.title(), request.url(), request.type());
    return ResponseEntity.created(URI.create("/api/v1/events/" + id + "/resources/" + added.getId()))
        .body(ResourceView.of(added));
  }

  @DeleteMapping("/{resourceId}")
  @Operation(summary = "Remove a resource (the event's host, or staff)")
  ResponseEntity<Void> remove(@PathVariable UUID id, @PathVariable UUID resourceId) {
    resources.remove(id, resourceId);
    return ResponseEntity.noContent().build();
  }
}
