package org.mentra.sessions.calendar.web;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.mentra.sessions.calendar.BusyCalendars;
import org.mentra.sessions.calendar.BusyCalendars.BusyCalendarView;
import org.mentra.sessions.calendar.CalendarFeeds;
import org.mentra.sessions.people.PeopleService;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.security.Caller;
import org.mentra.sessions.shared.NotFound;
import org.mentra.sessions.shared.Refused;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A person's calendars: the private feed of their sessions, and the calendar we read their busy times from. */
@RestController
@RequestMapping("/api/v1/people/{id}")
@Tag(name = "Calendars", description = "A person's private calendar feed of their sessions, and their own calendar "
    + "for busy times")
class CalendarSettingsController {

  private final PeopleService people;
  private final CalendarFeeds feeds;
  private final BusyCalendars busyCalendars;
  private final Caller caller;

  CalendarSettingsController(PeopleService people, CalendarFeeds feeds, BusyCalendars busyCalendars, Caller caller) {
    this.people = people;
    this.feeds = feeds;
    this.busyCalendars = busyCalendars;
    this.caller = caller;
  }

  @GetMapping("/calendar-feed")
  @Operation(summary = "The person's private calendar feed address (made on the first call)",
      description = "The person themselves, or staff. Every confirmed council, chat and event the person is invited "
          + "to, as an iCalendar feed (text/calendar) to subscribe to from Google Calendar (\"From URL\"), Apple "
          + "Calendar or Outlook (subscribeUrl, webcal://). No login: the address is the secret, so treat it like a "
          + "password and rotate it when others may have it.")
  FeedAddressView calendarFeed(@PathVariable UUID id) {
    return FeedAddressView.of(feeds.url(ownOrStaff(id).getId()));
  }

  @PostMapping("/calendar-feed/rotate")
  @Operation(summary = "A new private calendar feed address; the old one answers 404 at once",
      description = "The person themselves, or staff. Calendars subscribed to the old address stop updating; "
          + "subscribe again with the new one.")
  FeedAddressView rotateCalendarFeed(@PathVariable UUID id) {
    return FeedAddressView.of(feeds.rotate(ownOrStaff(id).getId()));
  }

  @GetMapping("/busy-calendar")
  @Operation(summary = "Which calendar the person's busy times are read from",
      description = "The person themselves, or staff. Shows the calendar's scheme and host only: the full address "
          + "is a secret and is never shown again. 404 when none is connected.")
  BusyCalendarView busyCalendar(@PathVariable UUID id) {
    Person person = ownOrStaff(id);
    return busyCalendars.find(person.getId()).orElseThrow(() -> new NotFound("Busy calendar of person", id));
  }

  @PutMapping("/busy-calendar")
  @Operation(summary = "Connect (or replace) the calendar the person's busy times are read from",
      description = "The person themselves, or staff. A calendar feed address (https:// or webcal://) as Google, "
          + "Outlook or Calendly give it for sharing. It is fetched once to check that it can be read; addresses in "
          + "private or local networks are refused (400 naming calendarFeedUrl), as is a feed that cannot be read. "
          + "Busy times then show in availability requests and count in the time selection.")
  BusyCalendarView connectBusyCalendar(@PathVariable UUID id, @Valid @RequestBody BusyCalendarRequest request) {
    return busyCalendars.connect(ownOrStaff(id).getId(), request.calendarFeedUrl());
  }

  @DeleteMapping("/busy-calendar")
  @Operation(summary = "Disconnect the person's busy calendar (the address is forgotten)",
      description = "The person themselves, or staff. 204 also when none was connected.")
  ResponseEntity<Void> disconnectBusyCalendar(@PathVariable UUID id) {
    busyCalendars.disconnect(ownOrStaff(id).getId());
    return ResponseEntity.noContent().build();
  }

  private Person ownOrStaff(UUID id) {
    Person person = people.get(id);
    if (!caller.isStaff() && !caller.isUser(person.getUserId())) {
      throw Refused.forbidden("You may only manage your own calendars.");
    }
    return person;
  }

  /**
   * @param url the feed address to subscribe to over https
   * @param subscribeUrl the same as webcal://, which opens the subscription dialog of Apple Calendar and Outlook
   */
  record FeedAddressView(String url, String subscribeUrl) {
    static FeedAddressView of(CalendarFeeds.FeedAddress address) {
      return new FeedAddressView(address.url(), address.subscribeUrl());
    }
  }

  record BusyCalendarRequest(
      @Schema(description = "The calendar's feed address (iCalendar), https:// or webcal://; also accepted as url",
          example = "https://calendar.google.com/calendar/ical/…/private-…/basic.ics")
      @JsonAlias("url") @NotBlank @Size(max = 2048) String calendarFeedUrl) {}
}
