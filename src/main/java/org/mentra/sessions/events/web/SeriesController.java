package org.mentra.sessions.events.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.mentra.sessions.events.SeriesService;
import org.mentra.sessions.events.SeriesService.SeriesState;
import org.mentra.sessions.web.SortableBy;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/events/series")
@Tag(name = "Event series", description = "Recurring group events (RFC 5545 RRULE), each occurrence an event")
class SeriesController {

  private final SeriesService series;
  private final CallerPerson caller;

  SeriesController(SeriesService series, CallerPerson caller) {
    this.series = series;
    this.caller = caller;
  }

  @PostMapping
  @Operation(summary = "Create a series (staff for any host; a member one they host, Premium plan and up)",
      description = "The rule is expanded in the given IANA zone: a weekly 18:00 Europe/Berlin series stays at 18:00 "
          + "Berlin across daylight-saving changes. It must end (COUNT or UNTIL in UTC), repeat daily at the most, "
          + "have at most mentra.events.series.max-occurrences and end within mentra.events.series.horizon; the "
          + "first occurrence must be one the rule makes. Each occurrence is an event with its own capacity and "
          + "waitlist. A series counts once towards a member's monthly events.")
  ResponseEntity<SeriesView> create(@Valid @RequestBody SeriesRequest request) {
    SeriesState created = caller.isStaff() ? series.create(request.event(), request.recurrenceRule())
        : series.create(request.event(), request.recurrenceRule(), caller.member());
    return ResponseEntity.created(URI.create("/api/v1/events/series/" + created.series().getId()))
        .body(SeriesView.of(created));
  }

  @GetMapping
  @Operation(summary = "The series the caller may see, a page of them")
  PagedModel<SeriesView> list(@ParameterObject @PageableDefault(size = 20, sort = "createdAt",
      direction = Sort.Direction.DESC) @SortableBy({@SortableBy.Field(name = "createdAt"),
          @SortableBy.Field(name = "title")}) Pageable pageable) {
    return new PagedModel<>(series.list(caller.viewer(), pageable).map(SeriesView::of));
  }

  @GetMapping("/{id}")
  @Operation(summary = "A series with the occurrences the caller may see")
  SeriesView get(@PathVariable UUID id) {
    return SeriesView.of(series.visible(id, caller.viewer()));
  }

  @PutMapping("/{id}")
  @Operation(summary = "Change the whole series, or this and all following occurrences (from=)",
      description = "Without from, every occurrence takes the fields and time (none may have been held). With "
          + "from=<an occurrence's event id>, the series is split the way calendar clients do: the old series ends "
          + "before it (UNTIL, or its share of COUNT), a new series (the answer) starts at it with the fields, time "
          + "of day, length and rule given (the rule defaults to what is left of the old one). Moved occurrences take "
          + "the new time, cancelled ones stay cancelled; those confirmed get updated invites (SEQUENCE + 1). "
          + "A single occurrence is cancelled or moved through DELETE or PUT of its event.")
  SeriesView update(@PathVariable UUID id,
      @RequestParam(required = false) @Parameter(description = "The first occurrence (event id) to change") UUID from,
      @Valid @RequestBody SeriesRequest request) {
    return SeriesView.of(series.update(id, request.event(), request.recurrenceRule(), from,
        caller.isStaff() ? null : caller.member()));
  }
}
