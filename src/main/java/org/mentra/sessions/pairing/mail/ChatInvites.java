package org.mentra.sessions.pairing.mail;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.calendar.CalendarInvites;
import org.mentra.sessions.calendar.InviteAttendee;
import org.mentra.sessions.calendar.InviteChange;
import org.mentra.sessions.calendar.SessionInvite;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.mail.DurationWords;
import org.mentra.sessions.mail.MailAttachment;
import org.mentra.sessions.people.Person;
import org.springframework.stereotype.Component;
import org.mentra.sessions.pairing.domain.Chat;
import org.mentra.sessions.pairing.PairingProperties;

/**
 * The calendar invites of a chat: one per side, each listing only its own attendee (RFC 5546 lets a
 * REQUEST name just its recipient), so a patient never receives the counselor's address and a
 * counselor never the patient's full name and address. The patient's invite keeps one UID for the
 * chat's whole life and names the counselor in charge, so a standby taking over raises its SEQUENCE;
 * the counselor's invite has a UID of its own and passes from the late counselor (a CANCEL) to the
 * standby (a REQUEST). A cancelled chat is cancelled on both sides. The invites carry no room link on
 * purpose: people join with their personal link from the reminder, which records the check-in the
 * lateness switch depends on.
 */
@Component
class ChatInvites {

  /** Whose invite: each side of a chat has its own, under its own UID. */
  enum Side {
    PATIENT("chat"),
    COUNSELOR("chat-counselor");

    private final String uidKind;

    Side(String uidKind) {
      this.uidKind = uidKind;
    }
  }

  private final CalendarInvites calendar;
  private final PairingProperties properties;

  ChatInvites(CalendarInvites calendar, PairingProperties properties) {
    this.calendar = calendar;
    this.properties = properties;
  }

  /** Records one side's invite as it is now: the attendee alone, the partner named in the description. */
  InviteChange schedule(Side side, Chat chat, Event event, Person attendee, String partnerName) {
    return calendar.schedule(new SessionInvite(uid(side, chat), "Support chat: " + event.getTitle(),
        "A one-to-one support chat of \"" + event.getTitle() + "\" with " + partnerName + ". Join with the "
            + "personal link in the reminder we email you " + DurationWords.exactly(properties.reminderBefore())
            + " before, so your partner knows you are there.",
        chat.getStartsAt(), chat.getEndsAt(), null, List.of(InviteAttendee.of(attendee))));
  }

  /** The REQUEST of a side's invite, for its one attendee. */
  MailAttachment request(InviteChange change) {
    return calendar.attachmentFor(change, change.requests().get(0));
  }

  /** The CANCEL for an attendee the change removed or cancelled. */
  MailAttachment cancellation(InviteChange change, InviteAttendee attendee) {
    return calendar.attachmentFor(change, attendee);
  }

  /** Cancels one side's invite; the CANCEL for its attendee, empty when no invite was ever sent. */
  Optional<MailAttachment> cancel(Side side, Chat chat, UUID attendeeId) {
    return calendar.cancel(uid(side, chat))
        .flatMap(change -> change.cancellations().stream().filter(a -> attendeeId.equals(a.personId())).findFirst()
            .map(a -> calendar.attachmentFor(change, a)));
  }

  static String uid(Side side, Chat chat) {
    return SessionInvite.uidOf(side.uidKind, chat.getId());
  }
}
