package org.mentra.sessions.events.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mentra.sessions.security.Caller;
import org.mentra.sessions.shared.NotFound;
import org.mentra.sessions.web.SortableBy;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventAttendance;
import org.mentra.sessions.events.EventKind;
import org.mentra.sessions.events.EventKindFields;
import org.mentra.sessions.events.EventKinds;
import org.mentra.sessions.events.EventPrivacy;
import org.mentra.sessions.events.EventRequest;
import org.mentra.sessions.events.EventService;
import org.mentra.sessions.events.EventStatus;

@RestController
@RequestMapping("/api/v1/events")
@Tag(name = "Events", description = "Group and paired support events")
class EventController {

  private final EventService service;
  private final EventKinds kinds;
  private final EventAttendance attendance;
  private final Caller caller;

  EventController(EventService service, EventKinds kinds, EventAttendance attendance, Caller caller) {
    this.service = service;
    this.kinds = kinds;
    this.attendance = attendance;
    this.caller = caller;
  }

  @PostMapping
  @PreAuthorize("@caller.isStaff()")
  ResponseEntity<EventView> create(@Valid @RequestBody EventRequest request) {
    Event event = service.create(request);
    return ResponseEntity.created(URI.create("/api/v1/events/" + event.getId())).body(view(event));
  }

  /** Staff see every event; members see published and completed ones that are not private. */
  @GetMapping
  PagedModel<EventView> list(@RequestParam(required = false) EventKind kind,
      @RequestParam(required = false) EventStatus status,
      @ParameterObject @PageableDefault(size = 50, sort = "startsAt", direction = Sort.Direction.ASC)
      @SortableBy({@SortableBy.Field(name = "start", property = "startsAt"),
          @SortableBy.Field(name = "end", property = "endsAt"), @SortableBy.Field(name = "title"),
          @SortableBy.Field(name = "createdAt")}) Pageable pageable) {
    Page<Event> events = service.list(kind, status, caller.isStaff(), pageable);
    Map<UUID, EventKindFields> fields = kinds.fields(events.getContent());
    return new PagedModel<>(events.map(e -> EventView.of(e, fields.get(e.getId()))));
  }

  @GetMapping("/{id}")
  EventView get(@PathVariable UUID id) {
    Event event = service.get(id);
    boolean visible = caller.isStaff()
        || (event.getPrivacy() != EventPrivacy.PRIVATE && event.getStatus() != EventStatus.DRAFT);
    if (!visible) {
      throw new NotFound("Event", id);
    }
    return view(event);
  }

  @PutMapping("/{id}")
  @PreAuthorize("@caller.isStaff()")
  EventView update(@PathVariable UUID id, @Valid @RequestBody EventRequest request) {
    return view(service.update(id, request));
  }

  @PutMapping("/{id}/attendance")
  @Operation(summary = "Report who came to an event (its host, or coordinators)",
      description = "One entry per person (userId is the person's id): ATTENDED, LATE, NO_SHOW or EXCUSED. A "
          + "first NO_SHOW opens the person's no-show case; changing a NO_SHOW to another status withdraws it. "
          + "All entries are recorded, or none.")
  EventAttendanceRequest reportAttendance(@PathVariable UUID id, @Valid @RequestBody EventAttendanceRequest request) {
    return new EventAttendanceRequest(attendance.record(id, request.attendance()));
  }

  @DeleteMapping("/{id}")
  @PreAuthorize("@caller.isStaff()")
  ResponseEntity<Void> delete(@PathVariable UUID id) {
    service.delete(id);
    return ResponseEntity.noContent().build();
  }

  private EventView view(Event event) {
    return EventView.of(event, kinds.fields(List.of(event)).get(event.getId()));
  }
}
