package org.mentra.sessions.pairing.web;

import org.mentra.sessions.shared.TimeRange;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.mentra.sessions.calendar.BusyCalendars;
import org.mentra.sessions.calendar.BusyCalendars.BusyLookup;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventProperties;
import org.mentra.sessions.links.ConcernContext;
import org.mentra.sessions.links.LinkPage;
import org.mentra.sessions.links.LinkRejected;
import org.mentra.sessions.links.LinkToken;
import org.mentra.sessions.links.OneClickHandler;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.shared.TemplateModel;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.shared.NotFound;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.mentra.sessions.pairing.domain.CounselorAvailability;
import org.mentra.sessions.pairing.AvailabilityService;
import org.mentra.sessions.pairing.CounselorSchedule;
import org.mentra.sessions.pairing.SupportEvents;

/**
 * The counselor's availability page: the event cut into half-hour blocks in the counselor's own time
 * zone, their current choice ticked, and their slot length (the event's by default). Reusable until the
 * event ends, so they can come back and change it.
 */
@Component
public class AvailabilityLinkHandler implements OneClickHandler {

  public static final String PURPOSE = "pairing.availability";
  static final Duration BLOCK = Duration.ofMinutes(30);

  private final AvailabilityService availability;
  private final SupportEvents events;
  private final PersonRepository people;
  private final EventProperties eventProperties;
  private final BusyCalendars busyCalendars;

  AvailabilityLinkHandler(AvailabilityService availability, SupportEvents events, PersonRepository people,
      EventProperties eventProperties, BusyCalendars busyCalendars) {
    this.busyCalendars = busyCalendars;
    this.availability = availability;
    this.events = events;
    this.people = people;
    this.eventProperties = eventProperties;
  }

  @Override
  public String purpose() {
    return PURPOSE;
  }

  @Override
  public boolean singleUse() {
    return false;
  }

  /** The link's subject is the support event. */
  @Override
  public Optional<ConcernContext> concern(LinkToken token) {
    return Optional.of(ConcernContext.event(UUID.fromString(token.subject())));
  }

  @Override
  public LinkPage show(LinkToken token) {
    Event event = event(token);
    Person counselor = people.findById(token.personId()).orElseThrow(LinkRejected::notForYou);
    var current = availability.find(event.getId(), counselor.getId());
    List<TimeRange> chosen = current.map(CounselorAvailability::windows).orElse(List.of());
    int eventSlot = events.settings(event).getSlotMinutes();
    int slot = current.map(CounselorAvailability::getSlotMinutes).orElse(eventSlot);
    // Read-only and unlocked: the counselor's calendar may take a moment.
    BusyLookup busy = busyCalendars.lookup(counselor.getId(), CounselorSchedule.eventWindow(event));
    return LinkPage.of(new AvailabilityPage("When can you talk?", event, counselor.zone().getId(),
        days(event, counselor, chosen, busy.busy()), slotOptions(eventSlot, slot), busy.notice()));
  }

  /**
   * {@code pages/pairing/availability}: the event's blocks by day in the counselor's zone, and the slot lengths.
   *
   * @param calendarProblem why the counselor's own calendar could not be (fully) read, or null
   */
  record AvailabilityPage(String title, Event event, String zone, Map<String, List<Block>> days,
      List<SlotOption> slotOptions, String calendarProblem) implements TemplateModel {
    @Override
    public String template() {
      return "pages/pairing/availability";
    }
  }

  /** A slot length to choose: "45 minutes (the event's default)". */
  record SlotOption(int value, String label, boolean selected) {}

  @Override
  public LinkPage apply(LinkToken token, MultiValueMap<String, String> form) {
    Event event = event(token);
    List<TimeRange> windows = new ArrayList<>();
    TimeRange eventWindow = CounselorSchedule.eventWindow(event);
    for (String block : form.getOrDefault("block", List.of())) {
      TimeRange window;
      try {
        window = TimeRange.starting(Instant.ofEpochSecond(Long.parseLong(block)), BLOCK);
      } catch (NumberFormatException | DateTimeException | ArithmeticException e) {
        window = null;
      }
      if (window == null || !eventWindow.contains(window)) {
        throw LinkRejected.invalidAnswer("A time you ticked (" + LinkRejected.quoted(block)
            + ") is not one of this event's half hours.");
      }
      windows.add(window);
    }
    int slotMinutes;
    try {
      slotMinutes = Integer.parseInt(form.getFirst("slotMinutes"));
    } catch (NumberFormatException e) {
      slotMinutes = 0;
    }
    if (!eventProperties.allowsSlot(slotMinutes)) {
      throw LinkRejected.invalidAnswer("Choose how long your chats should be from the lengths offered ("
          + eventProperties.slotRange() + ").");
    }
    availability.setAvailability(event.getId(), token.personId(), windows, slotMinutes);
    return LinkPage.done("Thank you", windows.isEmpty()
        ? "Noted: you are not available for this event. You can come back to this page until it ends."
        : "Your availability is saved. We will email you your chats at least 24 hours before they start; you can "
            + "change your times on this page until then.");
  }

  private Event event(LinkToken token) {
    Event event;
    try {
      event = events.get(UUID.fromString(token.subject()));
    } catch (NotFound e) {
      throw LinkRejected.notForYou();
    } catch (IllegalArgumentException e) {
      throw LinkRejected.tampered();
    }
    if (!event.isPublished()) {
      throw LinkRejected.tooLate("This event is no longer on.");
    }
    // The page has a checkbox per half hour: an event longer than events may be (one from before the
    // limit) would be a page nobody can use, and one that never ends would exhaust the server.
    if (CounselorSchedule.eventWindow(event).length().compareTo(eventProperties.maximumLength()) > 0) {
      throw LinkRejected.notPossible("We cannot show this event here",
          "This event is too long to choose your times on one page. Please reply to the email and a coordinator "
              + "will note the times you can give.");
    }
    return event;
  }

  /**
   * A block of the event as the counselor sees it: "14:00–14:30", ticked when they chose it, marked when
   * their calendar shows them busy then. Nothing is ticked for them: a busy block is ticked only if they
   * ticked it themselves before.
   */
  record Block(long value, String label, boolean checked, boolean busy) {}

  private static Map<String, List<Block>> days(Event event, Person counselor, List<TimeRange> chosen,
      List<TimeRange> busy) {
    DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", counselor.locale());
    DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", counselor.locale());
    Map<String, List<Block>> days = new LinkedHashMap<>();
    for (TimeRange block : CounselorSchedule.eventWindow(event).slots(BLOCK)) {
      ZonedDateTime from = block.start().atZone(counselor.zone());
      days.computeIfAbsent(day.format(from), d -> new ArrayList<>()).add(new Block(block.start().getEpochSecond(),
          time.format(from) + "–" + time.format(block.end().atZone(counselor.zone())), block.isInsideAny(chosen),
          block.overlapsAny(busy)));
    }
    return days;
  }

  private List<SlotOption> slotOptions(int eventSlot, int selected) {
    TreeSet<Integer> minutes = new TreeSet<>(List.of(30, 45, 60, 90));
    minutes.add(eventSlot);
    minutes.add(selected);
    List<SlotOption> options = new ArrayList<>();
    for (int m : minutes) {
      if (eventProperties.allowsSlot(m)) {
        options.add(new SlotOption(m, m + " minutes" + (eventSlot == m ? " (the event's default)" : ""),
            m == selected));
      }
    }
    return options;
  }
}
