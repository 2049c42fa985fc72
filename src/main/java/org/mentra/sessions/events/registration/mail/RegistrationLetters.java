package org.mentra.sessions.events.registration.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.mentra.sessions.attendance.AttendanceService;
import org.mentra.sessions.attendance.AttendanceStatus;
import org.mentra.sessions.attendance.CheckIns;
import org.mentra.sessions.attendance.SessionKind;
import org.mentra.sessions.calendar.CalendarFeeds;
import org.mentra.sessions.calendar.CalendarInvites;
import org.mentra.sessions.calendar.InviteAttendee;
import org.mentra.sessions.calendar.InviteChange;
import org.mentra.sessions.engine.StepParameters;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventAudience;
import org.mentra.sessions.events.EventInvites;
import org.mentra.sessions.events.EventService;
import org.mentra.sessions.events.EventStatus;
import org.mentra.sessions.events.registration.EventRegistrationProperties;
import org.mentra.sessions.events.registration.EventRegistrationService;
import org.mentra.sessions.events.registration.Seats;
import org.mentra.sessions.events.registration.domain.Registration;
import org.mentra.sessions.events.registration.domain.RegistrationRepository;
import org.mentra.sessions.links.OneClickLinks;
import org.mentra.sessions.mail.DurationWords;
import org.mentra.sessions.mail.MailAttachment;
import org.mentra.sessions.mail.MailComposer;
import org.mentra.sessions.mail.MailStep;
import org.mentra.sessions.mail.Recipient;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.shared.TemplateModel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letters of a registration, each an HTML and a text template under {@code templates/mail/events/}
 * with a record of its variables. The confirmation and the reminders carry the event's one calendar invite
 * ({@link EventInvites}: the same UID and SEQUENCE the event's changes and its cancellation are sent with),
 * scheduled with everyone confirmed now; a cancellation takes the person's copy back.
 */
@Service
public class RegistrationLetters {

  /** The purpose of the seat offer's one-click links. */
  public static final String SEAT_OFFER_LINK = "events.seat-offer";

  private final MailComposer mail;
  private final CalendarInvites invites;
  private final EventInvites eventInvites;
  private final EventAudience audience;
  private final OneClickLinks links;
  private final CheckIns checkIns;
  private final AttendanceService attendance;
  private final RegistrationRepository registrations;
  private final EventRegistrationService registrationService;
  private final EventService events;
  private final Seats seats;
  private final CalendarFeeds calendarFeeds;
  private final PersonRepository people;
  private final EventRegistrationProperties properties;
  private final Clock clock;

  RegistrationLetters(MailComposer mail, CalendarInvites invites, EventInvites eventInvites, EventAudience audience,
      OneClickLinks links, CheckIns checkIns,
      AttendanceService attendance, RegistrationRepository registrations, EventRegistrationService registrationService,
      EventService events, Seats seats, CalendarFeeds calendarFeeds, PersonRepository people, EventRegistrationProperties properties, Clock clock) {
    this.mail = mail;
    this.invites = invites;
    this.eventInvites = eventInvites;
    this.audience = audience;
    this.links = links;
    this.checkIns = checkIns;
    this.attendance = attendance;
    this.registrations = registrations;
    this.registrationService = registrationService;
    this.events = events;
    this.seats = seats;
    this.calendarFeeds = calendarFeeds;
    this.people = people;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Sends the letter about the registration; a repeated step sends nothing twice. Reminders that come too late
   * to help (the next one is due already, or the event has started) and a feedback request to someone who did
   * not come are not sent.
   *
   * @param approved whether the coordinators approved the registration (the confirmation says so)
   * @param note the coordinator's personal line, if any
   */
  @Transactional
  public void send(MailStep step, UUID registrationId, Letter letter, boolean approved, String note) {
    Registration registration = registrations.getOrFail(registrationId);
    // The event's one invite record is shared by all its registrants' letters: those that touch it take
    // turns under the event's lock, or parallel letter jobs would lose races on it (and retry into incidents).
    Event event = letter.carriesInvite || letter == Letter.CANCELLED ? seats.lock(registration.getEventId())
        : events.get(registration.getEventId());
    Person person = people.getOrFail(registration.getPersonId());
    Instant now = clock.instant();
    if (!letter.due(this, event, person, now) || letter == Letter.FIRST_REMINDER && remindedLately(registration, event)) {
      return;
    }
    Recipient to = Recipient.of(person);
    Optional<String> room = event.getMeetingUrl();
    List<MailAttachment> attachments = letter.carriesInvite ? eventInvite(event, person, true)
        : letter == Letter.CANCELLED ? eventInvite(event, person, false) : List.of();
    Facts facts = new Facts(event, registration, person, now, room.orElse(null), approved,
        note == null || note.isBlank() ? null : note.strip());
    String purpose = letter == Letter.FIRST_REMINDER && registration.getFirstReminders() > 0
        ? letter.purpose() + "#" + (registration.getFirstReminders() + 1) : letter.purpose();
    mail.compose(step.key(to, purpose), to, letter.model.apply(this, facts), attachments);
    if (letter == Letter.FIRST_REMINDER) {
      registration.remindedFirst(now);
    }
  }

  /**
   * A first reminder that went out within twice its lead of the event's (new) start still serves: an event
   * moved by an hour gets no second one; moved by a week, it does (the old reminder told of the old time).
   */
  private boolean remindedLately(Registration registration, Event event) {
    Instant window = event.getStartsAt().minus(properties.firstReminder().multipliedBy(2));
    return registration.getFirstRemindedAt().filter(at -> !at.isBefore(window)).isPresent();
  }

  /**
   * Records the event's invite with everyone confirmed now (the person among them, or not) and gives the
   * person their part of it: the REQUEST, or the CANCEL of their copy. Others' copies are updated by their
   * own letters and the event's changes; a person never invited gets nothing.
   */
  private List<MailAttachment> eventInvite(Event event, Person person, boolean invited) {
    InviteAttendee me = InviteAttendee.of(person);
    Optional<InviteChange> change;
    if (event.getStatus() == EventStatus.CANCELLED) {
      // the event's cancellation has cancelled the invite for everyone (events.mail.RegistrantNotices)
      change = invites.cancel(eventInvites.uidOf(event));
    } else {
      List<Person> attendees = new ArrayList<>(people.findAllById(audience.confirmedOf(event.getId())));
      attendees.removeIf(p -> p.getId().equals(person.getId()));
      if (invited) {
        attendees.add(person);
      }
      change = Optional.of(invites.schedule(eventInvites.inviteOf(event, attendees)));
    }
    return change.filter(c -> c.recipients().stream().anyMatch(a -> a.email().equals(me.email())))
        .map(c -> List.of(invites.attachmentFor(c, me)))
        .orElse(List.of());
  }

  private String where(Facts f) {
    return f.room() != null ? "online: " + f.room() : "in person; the host sends the details";
  }

  private TemplateModel confirmed(Facts f) {
    return new RegistrationConfirmed(f.event().getId(), f.event().getTitle(), f.event().getStartsAt(),
        f.event().getEndsAt(), where(f), f.approved(), f.note(), DurationWords.exactly(properties.firstReminder()),
        DurationWords.exactly(properties.lastReminder()), calendarFeeds.url(f.person().getId()).url(),
        calendarFeeds.rotationLink(f.person().getId()));
  }

  private TemplateModel waitlisted(Facts f) {
    return new Waitlisted(f.event().getTitle(), f.event().getStartsAt(), f.event().getEndsAt(),
        Optional.ofNullable(registrationService.outcome(f.registration(), false).waitlistPosition()).orElse(0),
        DurationWords.exactly(properties.waitlistHold()));
  }

  private TemplateModel seatOffer(Facts f) {
    Instant until = f.registration().getOfferedUntil().orElseThrow(() -> new IllegalStateException(
        "Registration " + f.registration().getId() + " has no open offer"));
    String subject = f.registration().getId().toString();
    Duration hold = Duration.between(f.now(), until);
    boolean shortened = hold.compareTo(properties.waitlistHold()) < 0;
    return new SeatOffer(f.event().getTitle(), f.event().getStartsAt(), f.event().getEndsAt(), where(f),
        links.url(SEAT_OFFER_LINK, f.person().getId(), subject, "accept", until),
        links.url(SEAT_OFFER_LINK, f.person().getId(), subject, "decline", until), until,
        shortened ? DurationWords.about(hold) : DurationWords.exactly(properties.waitlistHold()), shortened);
  }

  private TemplateModel reminder(Facts f) {
    String joinUrl = f.room() == null ? null : checkIns.joinUrl(SessionKind.EVENT, f.event().getId(),
        f.person().getId(), f.event().getEndsAt());
    return new EventReminder(f.event().getId(), f.event().getTitle(), f.event().getStartsAt(), f.event().getEndsAt(),
        where(f), DurationWords.about(Duration.between(f.now(), f.event().getStartsAt())), joinUrl);
  }

  private boolean came(Event event, Person person) {
    return attendance.find(SessionKind.EVENT, event.getId(), person.getId())
        .filter(a -> a.getStatus() == AttendanceStatus.ATTENDED || a.getStatus() == AttendanceStatus.LATE)
        .isPresent();
  }

  /** What a registration's letters may say, gathered once; each letter's record takes what its template shows. */
  private record Facts(Event event, Registration registration, Person person, Instant now, String room,
      boolean approved, String note) {}

  /** The letters of a registration; the diagram names one per mail task ({@code letter}), in words. */
  public enum Letter {
    /** The seat is theirs, with the invite. */
    CONFIRMED(true, (l, f) -> l.confirmed(f)),
    /** The event is full: their place on the waitlist. */
    WAITLISTED(false, (l, f) -> l.waitlisted(f)),
    /** The coordinators could not give them a place. */
    APPROVAL_DECLINED(false, (l, f) -> new ApprovalDeclined(f.event().getTitle(), f.event().getStartsAt(),
        f.event().getEndsAt(), f.note())),
    /** A seat is held for them, with the one-click acceptance. */
    SEAT_OFFER(false, (l, f) -> l.seatOffer(f)),
    /** The held seat went on to the next in line. */
    OFFER_LAPSED(false, (l, f) -> new OfferLapsed(f.event().getTitle(), f.event().getStartsAt(),
        f.event().getEndsAt())),
    /** The first reminder (by default a day ahead), with the invite. */
    FIRST_REMINDER(true, (l, f) -> l.reminder(f)),
    /** The last reminder (by default an hour ahead), with the invite and the join link. */
    LAST_REMINDER(true, (l, f) -> l.reminder(f)),
    /** After the event, to those who came. */
    FEEDBACK_REQUEST(false, (l, f) -> new FeedbackRequest(f.event().getId(), f.event().getTitle(),
        f.event().getStartsAt(), f.event().getEndsAt(), l.properties.feedbackUrl(f.event().getId()))),
    /** They cancelled their registration, with the calendar's CANCEL of their copy. */
    CANCELLED(false, (l, f) -> new RegistrationCancelled(f.event().getTitle(), f.event().getStartsAt(),
        f.event().getEndsAt(), f.event().getStatus() == EventStatus.CANCELLED)),
    /** The event was called off while they waited for a seat or an approval (never invited: no calendar entry). */
    CALLED_OFF(false, (l, f) -> new RegistrationCancelled(f.event().getTitle(), f.event().getStartsAt(),
        f.event().getEndsAt(), true));

    private final boolean carriesInvite;
    private final BiFunction<RegistrationLetters, Facts, TemplateModel> model;

    Letter(boolean carriesInvite, BiFunction<RegistrationLetters, Facts, TemplateModel> model) {
      this.carriesInvite = carriesInvite;
      this.model = model;
    }

    /** The mail's purpose (its key), in the diagram's words. */
    public String purpose() {
      return StepParameters.inDiagram(this);
    }

    private boolean due(RegistrationLetters letters, Event event, Person person, Instant now) {
      return switch (this) {
        // A first reminder after the last one's time would only be a second last reminder.
        case FIRST_REMINDER -> now.isBefore(event.getStartsAt().minus(letters.properties.lastReminder()));
        case LAST_REMINDER -> now.isBefore(event.getStartsAt());
        case FEEDBACK_REQUEST -> letters.came(event, person);
        default -> true;
      };
    }
  }
}
