package org.mentra.sessions.events.mail;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.calendar.CalendarInvites;
import org.mentra.sessions.calendar.InviteAttendee;
import org.mentra.sessions.calendar.InviteChange;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventAudience;
import org.mentra.sessions.events.EventCancelled;
import org.mentra.sessions.events.EventChanged;
import org.mentra.sessions.events.EventInvites;
import org.mentra.sessions.events.EventKind;
import org.mentra.sessions.events.EventService;
import org.mentra.sessions.mail.MailComposer;
import org.mentra.sessions.mail.MailKey;
import org.mentra.sessions.mail.Recipient;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tells those confirmed for a group event of its change (an updated invite, SEQUENCE + 1) and of its
 * cancellation (the CANCEL, with a kind word), in the transaction that changed it: the mail is sent
 * after commit, or never. Paired support tells its patients and counselors itself (pairing's chats).
 */
@Component
class RegistrantNotices {

  private final EventService events;
  private final EventAudience audience;
  private final EventInvites eventInvites;
  private final CalendarInvites calendar;
  private final MailComposer mail;
  private final PersonRepository people;

  RegistrantNotices(EventService events, EventAudience audience, EventInvites eventInvites, CalendarInvites calendar,
      MailComposer mail, PersonRepository people) {
    this.events = events;
    this.audience = audience;
    this.eventInvites = eventInvites;
    this.calendar = calendar;
    this.mail = mail;
    this.people = people;
  }

  @EventListener
  void changed(EventChanged changed) {
    if (changed.kind() != EventKind.GROUP) {
      return;
    }
    Event event = events.get(changed.eventId());
    List<Person> confirmed = confirmedOf(event.getId());
    if (confirmed.isEmpty()) {
      return;
    }
    InviteChange change = calendar.schedule(eventInvites.inviteOf(event, confirmed));
    if (!change.changed()) {
      return;
    }
    for (InviteAttendee attendee : change.recipients()) {
      Optional.ofNullable(attendee.personId()).flatMap(people::findById).ifPresent(person -> {
        Recipient to = Recipient.of(person);
        boolean stillInvited = change.requests().contains(attendee);
        mail.compose(MailKey.of("event-" + event.getId(), "event-changed", to, change.mailPurpose("event-changed")),
            to, new EventChangedMail(EventMailView.of(event), changed.timeChanged(), stillInvited),
            List.of(calendar.attachmentFor(change, attendee)));
      });
    }
  }

  /** First of the listeners: registration ends the registrations after everyone confirmed is known here. */
  @EventListener
  @Order(Ordered.HIGHEST_PRECEDENCE)
  void cancelled(EventCancelled cancelled) {
    if (cancelled.kind() != EventKind.GROUP) {
      return;
    }
    Event event = events.get(cancelled.eventId());
    Optional<InviteChange> change = calendar.cancel(eventInvites.uidOf(event));
    List<UUID> told = change.map(c -> c.cancellations().stream().map(InviteAttendee::personId).toList())
        .orElse(List.of());
    change.ifPresent(c -> c.cancellations().forEach(attendee ->
        Optional.ofNullable(attendee.personId()).flatMap(people::findById).ifPresent(person ->
            send(event, person, c.mailPurpose("event-cancelled"), List.of(calendar.attachmentFor(c, attendee))))));
    // confirmed before any invite was sent (or after the last one): told all the same, without a calendar entry
    confirmedOf(event.getId()).stream().filter(person -> !told.contains(person.getId()))
        .forEach(person -> send(event, person, "event-cancelled", List.of()));
  }

  private void send(Event event, Person person, String purpose, List<org.mentra.sessions.mail.MailAttachment> files) {
    Recipient to = Recipient.of(person);
    mail.compose(MailKey.of("event-" + event.getId(), "event-cancelled", to, purpose), to,
        new EventCancelledMail(EventMailView.of(event)), files);
  }

  private List<Person> confirmedOf(UUID eventId) {
    return people.findAllById(audience.confirmedOf(eventId));
  }
}
