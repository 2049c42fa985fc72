package org.mentra.sessions.calendar;

import java.time.Clock;
import java.util.Optional;
import org.mentra.sessions.mail.MailAttachment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invite ledger: what each session's invite last said, at which SEQUENCE, to whom. A step
 * records the session here and mails, in the same transaction, each recipient of the returned
 * change the attachment {@link #attachmentFor} gives them:
 *
 * <pre>{@code
 * InviteChange change = calendarInvites.schedule(invite);
 * for (InviteAttendee attendee : change.recipients()) {
 *   Recipient to = Recipient.of(people.get(attendee.personId()));
 *   mailComposer.compose(MailKey.forStep(execution, to, change.mailPurpose("council-invite")), to, template,
 *       model, List.of(calendarInvites.attachmentFor(change, attendee)));
 * }
 * }</pre>
 */
@Service
public class CalendarInvites {

  private final CalendarInviteRepository invites;
  private final InviteFactory factory;
  private final Clock clock;

  CalendarInvites(CalendarInviteRepository invites, InviteFactory factory, Clock clock) {
    this.invites = invites;
    this.factory = factory;
    this.clock = clock;
  }

  /**
   * Records the session as it is now: the first time at SEQUENCE 0, after that with SEQUENCE + 1
   * when anything differs. Attendees left out are removed (they get a CANCEL), new ones get the
   * REQUEST with everyone else. The same state again changes nothing and returns the same mail.
   *
   * @throws IllegalStateException when the session was cancelled
   */
  @Transactional
  public InviteChange schedule(SessionInvite invite) {
    return invites.findById(invite.uid())
        .map(recorded -> recorded.change(recorded.reschedule(invite, clock.instant())))
        .orElseGet(() -> invites.save(new CalendarInvite(invite, clock.instant())).change(true));
  }

  /**
   * Cancels the session for everyone still invited (SEQUENCE + 1, STATUS:CANCELLED); again, it
   * changes nothing and returns the same mail. Empty when no invite was ever sent for the uid.
   */
  @Transactional
  public Optional<InviteChange> cancel(String uid) {
    return invites.findById(uid).map(recorded -> recorded.change(recorded.cancel(clock.instant())));
  }

  /** The invite ({@code invite.ics}) or cancellation ({@code cancel.ics}) one recipient of the change gets. */
  public MailAttachment attachmentFor(InviteChange change, InviteAttendee recipient) {
    return factory.attachmentFor(change, recipient);
  }
}
