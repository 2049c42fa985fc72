package org.mentra.sessions.events.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventAttendance;
import org.mentra.sessions.events.EventAudience;
import org.mentra.sessions.events.EventFormat;
import org.mentra.sessions.events.EventKind;
import org.mentra.sessions.events.EventKindFields;
import org.mentra.sessions.events.EventKinds;
import org.mentra.sessions.events.EventRequest;
import org.mentra.sessions.events.EventService;
import org.mentra.sessions.events.EventStatus;
import org.mentra.sessions.events.EventType;
import org.mentra.sessions.events.domain.EventInvitee;
import org.mentra.sessions.shared.InvalidInput;
import org.mentra.sessions.web.SortableBy;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/events")
@Tag(name = "Events", description = "Group and paired support events")
class EventController {

  private final EventService service;
  private final EventAudience audience;
  private final EventKinds kinds;
  private final EventAttendance attendance;
  private final CallerPerson caller;

  EventController(EventService service, EventAudience audience, EventKinds kinds, EventAttendance attendance,
      CallerPerson caller) {
    this.service = service;
    this.audience = audience;
    this.kinds = kinds;
    this.attendance = attendance;
    this.caller = caller;
  }

  @PostMapping
  @Operation(summary = "Create an event (staff for any host; a member a GROUP event they host, within their plan)",
      description = "Published unless status is DRAFT. Virtual and hybrid group events get a meeting room; physical "
          + "and hybrid ones need location.address. A member's plan decides how many events a month they create and "
          + "whether private, invite-only and workshop events are theirs to host: 403 plan-required or "
          + "event-limit-reached (naming the limit and when it resets in the member's zone). A member's own "
          + "professional event (workshops, trainings, therapy) needs a verified host: 403 host-not-verified, "
          + "saying how to apply.")
  ResponseEntity<EventView> create(@Valid @RequestBody EventRequest request) {
    Event event = caller.isStaff() ? service.create(request) : service.create(request, caller.member());
    return ResponseEntity.created(URI.create("/api/v1/events/" + event.getId())).body(view(event));
  }

  @GetMapping
  @Operation(summary = "Events the caller may see, filtered and paged",
      description = "Staff see every event; members see published and held public and members' events, their own "
          + "(drafts too), and private or invite-only events they are invited to or registered for. from/to select "
          + "events overlapping that stretch; q searches title and description.")
  PagedModel<EventView> list(@RequestParam(required = false) EventKind kind,
      @RequestParam(required = false) EventStatus status,
      @RequestParam(required = false) @Parameter(description = "An event type, as constant or words") String type,
      @RequestParam(required = false) EventFormat format,
      @RequestParam(required = false) String theme,
      @RequestParam(required = false) UUID host,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(required = false) @Parameter(description = "Words in the title or description") String q,
      @ParameterObject @PageableDefault(size = 50, sort = "startsAt", direction = Sort.Direction.ASC)
      @SortableBy({@SortableBy.Field(name = "start", property = "startsAt"),
          @SortableBy.Field(name = "end", property = "endsAt"), @SortableBy.Field(name = "title"),
          @SortableBy.Field(name = "createdAt")}) Pageable pageable) {
    EventType eventType = type == null || type.isBlank() ? null : EventType.parse(type)
        .orElseThrow(() -> InvalidInput.of("type", "must be one of " + EventType.allowed()));
    if (q != null && q.length() > 200) {
      throw InvalidInput.of("q", "at most 200 characters");
    }
    EventAudience.Viewer viewer = caller.viewer(); // once: a member's person, not once per event of the page
    Page<Event> events = audience.find(new EventAudience.Filter(kind, status, eventType, format, theme, host, from, to,
        q), viewer, pageable);
    Map<UUID, EventKindFields> fields = kinds.fields(events.getContent());
    return new PagedModel<>(events.map(e -> EventView.of(e, fields.get(e.getId()), caller.seesRoom(e, viewer))));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One event; private, invite-only and draft events are not found for those who may not see them")
  EventView get(@PathVariable UUID id) {
    return view(audience.visible(id, caller.viewer()));
  }

  @PutMapping("/{id}")
  @Operation(summary = "Change an event (staff, or its host)",
      description = "Those confirmed for a published group event get an updated invite (SEQUENCE + 1) and a mail. "
          + "An occurrence of a series given another time is moved (its RECURRENCE-ID stays).")
  EventView update(@PathVariable UUID id, @Valid @RequestBody EventRequest request) {
    return view(caller.isStaff() ? service.update(id, request) : service.update(id, request, caller.member()));
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
  @Operation(summary = "Cancel an event (staff, or its host); a draft is deleted",
      description = "Those confirmed for a group event get the CANCEL for their calendar and a kind mail. An "
          + "occurrence of a series is kept, cancelled: the series leaves it out (EXDATE).")
  ResponseEntity<Void> delete(@PathVariable UUID id) {
    if (caller.isStaff()) {
      service.delete(id);
    } else {
      service.delete(id, caller.member());
    }
    return ResponseEntity.noContent().build();
  }

  /** People to invite to a private or invite-only event. */
  record InviteesRequest(@NotEmpty @Size(max = 200) List<UUID> userIds) {}

  record InviteeView(UUID userId, Instant invitedAt) {
    static InviteeView of(EventInvitee invitee) {
      return new InviteeView(invitee.getPersonId(), invitee.getInvitedAt());
    }
  }

  @PostMapping("/{id}/invitees")
  @Operation(summary = "Invite people to a private or invite-only event (staff, or its host)",
      description = "Invitees see the event; only they may register for an invite-only one. Inviting someone again "
          + "changes nothing. Answers the whole list.")
  List<InviteeView> invite(@PathVariable UUID id, @Valid @RequestBody InviteesRequest request) {
    return audience.invite(id, request.userIds(), caller.isStaff() ? null : caller.member()).stream()
        .map(InviteeView::of).toList();
  }

  @GetMapping("/{id}/invitees")
  @Operation(summary = "Who is invited to an event (staff, or its host)")
  List<InviteeView> invitees(@PathVariable UUID id) {
    if (!caller.isStaff()) {
      service.ensureManages(service.get(id), caller.member());
    }
    return audience.invitees(id).stream().map(InviteeView::of).toList();
  }

  @DeleteMapping("/{id}/invitees/{userId}")
  @Operation(summary = "Take an invitation back (staff, or the host); a registration already made stays")
  ResponseEntity<Void> uninvite(@PathVariable UUID id, @PathVariable UUID userId) {
    audience.uninvite(id, userId, caller.isStaff() ? null : caller.member());
    return ResponseEntity.noContent().build();
  }

  private EventView view(Event event) {
    return EventView.of(event, kinds.fields(List.of(event)).get(event.getId()), caller.seesRoom(event));
  }
}
