package org.mentra.sessions.pairing;

import java.util.List;
import java.util.Optional;
import org.mentra.sessions.calendar.CalendarInvites;
import org.mentra.sessions.calendar.InviteAttendee;
import org.mentra.sessions.calendar.InviteChange;
import org.mentra.sessions.calendar.SessionInvite;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.mail.MailAttachment;
import org.mentra.sessions.people.Person;
import org.springframework.stereotype.Component;

/**
 * The calendar invite of a chat: one UID for the chat's whole life, the patient and the counselor in
 * charge as attendees. A standby taking over is a new SEQUENCE with the new counselor (the late one
 * gets a CANCEL); a cancelled chat is cancelled for both. The invite carries no room link on purpose:
 * people join with their personal link from the reminder, which records the check-in the lateness
 * switch depends on.
 */
@Component
class ChatInvites {

  private final CalendarInvites calendar;
  private final PairingProperties properties;

  ChatInvites(CalendarInvites calendar, PairingProperties properties) {
    this.calendar = calendar;
    this.properties = properties;
  }

  InviteChange schedule(Chat chat, Event event, Person patient, Person counselor) {
    return calendar.schedule(new SessionInvite(uid(chat), "Support chat: " + event.getTitle(),
        "A one-to-one support chat of \"" + event.getTitle() + "\". Join with the personal link in the "
            + "reminder we email you " + ChatMails.inWords(properties.reminderBefore()) + " before, so your partner "
            + "knows you are there.",
        chat.getStartsAt(), chat.getEndsAt(), null, List.of(InviteAttendee.of(patient), InviteAttendee.of(counselor))));
  }

  Optional<InviteChange> cancel(Chat chat) {
    return calendar.cancel(uid(chat));
  }

  MailAttachment attachmentFor(InviteChange change, InviteAttendee attendee) {
    return calendar.attachmentFor(change, attendee);
  }

  static String uid(Chat chat) {
    return SessionInvite.uidOf("chat", chat.getId());
  }
}
