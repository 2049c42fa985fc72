package org.mentra.sessions.people.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.mentra.sessions.people.PeopleService;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.PersonRequest;
import org.mentra.sessions.people.PersonView;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.security.Caller;
import org.mentra.sessions.shared.Refused;
import org.mentra.sessions.web.SortableBy;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "Members of the platform and their profiles")
class PeopleController {

  private final PeopleService service;
  private final PersonRepository people;
  private final Caller caller;

  PeopleController(PeopleService service, PersonRepository people, Caller caller) {
    this.service = service;
    this.people = people;
    this.caller = caller;
  }

  @PostMapping
  @PreAuthorize("@caller.isStaff()")
  ResponseEntity<PersonView> create(@Valid @RequestBody PersonRequest request) {
    Person person = service.create(request);
    return ResponseEntity.created(URI.create("/api/v1/people/" + person.getId())).body(PersonView.of(person));
  }

  @GetMapping
  @PreAuthorize("@caller.isStaff()")
  PagedModel<PersonView> list(@RequestParam(required = false) Role role,
      @ParameterObject @PageableDefault(size = 50, sort = "displayName")
      @SortableBy({@SortableBy.Field(name = "displayName"), @SortableBy.Field(name = "email")}) Pageable pageable) {
    var page = role == null ? people.findAll(pageable) : people.findByRole(role, pageable);
    return new PagedModel<>(page.map(PersonView::of));
  }

  @GetMapping("/{id}")
  PersonView get(@PathVariable UUID id) {
    Person person = service.get(id);
    if (!caller.isStaff() && !caller.isUser(person.getUserId())) {
      throw Refused.forbidden("You may only read your own profile.");
    }
    return PersonView.of(person);
  }
}
