package org.mentra.sessions.pairing.mail;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.mentra.sessions.attendance.CheckIns;
import org.mentra.sessions.attendance.SessionKind;
import org.mentra.sessions.calendar.InviteAttendee;
import org.mentra.sessions.calendar.InviteChange;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.links.OneClickLinks;
import org.mentra.sessions.mail.MailAttachment;
import org.mentra.sessions.mail.MailComposer;
import org.mentra.sessions.mail.DurationWords;
import org.mentra.sessions.mail.MailStep;
import org.mentra.sessions.mail.Recipient;
import org.mentra.sessions.pairing.mail.PairingLetters.ChatAssignedCounselor;
import org.mentra.sessions.pairing.mail.PairingLetters.ChatAssignedPatient;
import org.mentra.sessions.pairing.mail.PairingLetters.ChatCancelConfirmed;
import org.mentra.sessions.pairing.mail.PairingLetters.ChatReminder;
import org.mentra.sessions.pairing.mail.PairingLetters.EventCancelled;
import org.mentra.sessions.pairing.mail.PairingLetters.EventCancelledWaiting;
import org.mentra.sessions.pairing.mail.PairingLetters.FeedbackRequest;
import org.mentra.sessions.pairing.mail.PairingLetters.NoCounselor;
import org.mentra.sessions.pairing.mail.PairingLetters.PartnerCancelled;
import org.mentra.sessions.pairing.mail.PairingLetters.StandbyCounselor;
import org.mentra.sessions.pairing.mail.PairingLetters.StandbyLateCounselor;
import org.mentra.sessions.pairing.mail.PairingLetters.StandbyPatient;
import org.mentra.sessions.shared.TemplateModel;
import org.mentra.sessions.pairing.mail.ChatInvites.Side;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.springframework.stereotype.Component;
import org.mentra.sessions.pairing.domain.CancelledBy;
import org.mentra.sessions.pairing.domain.Chat;
import org.mentra.sessions.pairing.web.CancelChatLinkHandler;
import org.mentra.sessions.pairing.web.FeedbackLinkHandler;
import org.mentra.sessions.pairing.web.RebookLinkHandler;
import org.mentra.sessions.pairing.PairingProperties;

/**
 * The mails about one chat, each with the calendar invite or cancellation its recipient needs (of their
 * own side: see {@link ChatInvites}). Every mail is keyed by the process step, the recipient and the
 * purpose (with the invite's SEQUENCE where an invite changes), so a retried step mails nobody twice.
 */
@Component
public class ChatMails {

  private final MailComposer mail;
  private final ChatInvites invites;
  private final OneClickLinks links;
  private final CheckIns checkIns;
  private final PersonRepository people;
  private final PairingProperties properties;
  private final Clock clock;

  ChatMails(MailComposer mail, ChatInvites invites, OneClickLinks links, CheckIns checkIns, PersonRepository people,
      PairingProperties properties, Clock clock) {
    this.mail = mail;
    this.invites = invites;
    this.links = links;
    this.checkIns = checkIns;
    this.people = people;
    this.properties = properties;
    this.clock = clock;
  }

  /** The pair announced to both, each with their own invite and a link to call it off. */
  public void assignment(Chat chat, Event event, MailStep step) {
    withInvites(chat, event, step, "assignment", party -> party.isCounselor()
        ? new ChatAssignedCounselor(chat, event, partnerName(chat, party.partner()), latenessMinutes(),
            reminderLead(), cancelUrl(chat, party.to()))
        : new ChatAssignedPatient(chat, event, partnerName(chat, party.partner()), reminderLead(),
            cancelUrl(chat, party.to())));
  }

  /** An hour before: the personal join link, which records the check-in. */
  public void reminder(Chat chat, Event event, MailStep step) {
    for (Party party : parties(chat)) {
      send(step, party.to(), "reminder", new ChatReminder(chat, event, partnerName(chat, party.partner()),
          latenessMinutes(), party.isCounselor(), joinUrl(chat, party.to())), null);
    }
  }

  /**
   * A standby took over: the patient's invite is updated (same UID, SEQUENCE + 1, the new counselor
   * named), the counselor's invite passes to the standby (with their join link for right now) and the
   * late counselor gets its CANCEL.
   */
  public void standbyTookOver(Chat chat, Event event, MailStep step) {
    // The chat's counselor is the standby now.
    InviteChange counselorInvite = withInvites(chat, event, step, "standby", party -> party.isCounselor()
        ? new StandbyCounselor(chat, event, partnerName(chat, party.partner()), joinUrl(chat, party.to()))
        : new StandbyPatient(chat, event, partnerName(chat, party.partner()), joinUrl(chat, party.to())));
    for (InviteAttendee late : counselorInvite.cancellations()) {
      send(step, person(late.personId()), counselorInvite.mailPurpose("standby"),
          new StandbyLateCounselor(chat, event, latenessMinutes()), invites.cancellation(counselorInvite, late));
    }
  }

  /** Nobody could take over: an apology to the patient, their invite cancelled, and a way to another time. */
  public void apology(Chat chat, Event event, MailStep step) {
    Person patient = person(chat.getPatientId());
    String rebookUrl = links.url(RebookLinkHandler.PURPOSE, patient.getId(), chat.getId().toString(), null,
        event.getEndsAt());
    send(step, patient, "apology", new NoCounselor(chat, event, rebookUrl),
        invites.cancel(Side.PATIENT, chat, patient.getId()).orElse(null));
  }

  /** After the chat: how was it? Rating and comment with one click. */
  public void feedbackRequest(Chat chat, Event event, MailStep step) {
    Person patient = person(chat.getPatientId());
    String feedbackUrl = links.url(FeedbackLinkHandler.PURPOSE, patient.getId(), chat.getId().toString(), null,
        clock.instant().plus(properties.feedbackLinkValidity()));
    send(step, patient, "feedback", new FeedbackRequest(event, partnerName(chat, person(chat.getCounselorId())),
        feedbackUrl), null);
  }

  /**
   * The chat is off: both get the cancellation; the one who cancelled a confirmation, the other a kind
   * word that we look for someone else (or, for a cancelled event, that the event is off).
   */
  public void cancellation(Chat chat, Event event, CancelledBy by, MailStep step) {
    for (Party party : parties(chat)) {
      boolean isCounselor = party.isCounselor();
      TemplateModel letter = by == CancelledBy.EVENT ? new EventCancelled(chat, event, isCounselor)
          : (by == CancelledBy.COUNSELOR) == isCounselor ? new ChatCancelConfirmed(chat, event, isCounselor)
          : new PartnerCancelled(chat, event, isCounselor, partnerName(chat, party.partner()));
      send(step, party.to(), "cancellation", letter,
          invites.cancel(party.side(), chat, party.to().getId()).orElse(null));
    }
  }

  /** A patient still waiting for a counselor learns that the event is off. */
  public void eventCancelledWhileWaiting(Event event, UUID patientId, MailStep step) {
    send(step, person(patientId), "event-cancelled", new EventCancelledWaiting(event), null);
  }

  /** One of the two people of a chat, as a letter to both sees them: who it goes to, and the other one. */
  private record Party(Person to, Person partner, Side side) {
    boolean isCounselor() {
      return side == Side.COUNSELOR;
    }
  }

  /** The patient, then the counselor now in charge. */
  private List<Party> parties(Chat chat) {
    Person patient = person(chat.getPatientId());
    Person counselor = person(chat.getCounselorId());
    return List.of(new Party(patient, counselor, Side.PATIENT), new Party(counselor, patient, Side.COUNSELOR));
  }

  /**
   * Each of the two gets their letter with their invite as it is now (new, or updated after a change);
   * returns the counselor's invite change, whose cancellations go to who lost the chat.
   */
  private InviteChange withInvites(Chat chat, Event event, MailStep step, String purpose,
      Function<Party, TemplateModel> letter) {
    InviteChange counselorInvite = null;
    for (Party party : parties(chat)) {
      InviteChange change = invites.schedule(party.side(), chat, event, party.to(), partnerName(chat, party.partner()));
      send(step, party.to(), change.mailPurpose(purpose), letter.apply(party), invites.request(change));
      if (party.isCounselor()) {
        counselorInvite = change;
      }
    }
    return counselorInvite;
  }

  private String joinUrl(Chat chat, Person person) {
    return checkIns.joinUrl(SessionKind.CHAT, chat.getId(), person.getId(), chat.getEndsAt());
  }

  /** What every chat mail shows about the partner; a counselor sees only the patient's first name. */
  private static String partnerName(Chat chat, Person partner) {
    return partner.getId().equals(chat.getPatientId()) ? Recipient.of(partner).firstName() : partner.getDisplayName();
  }

  private String cancelUrl(Chat chat, Person to) {
    return links.url(CancelChatLinkHandler.PURPOSE, to.getId(), chat.getId().toString(), null, chat.getStartsAt());
  }

  private long latenessMinutes() {
    return properties.latenessSwitch().toMinutes();
  }

  private String reminderLead() {
    return DurationWords.exactly(properties.reminderBefore());
  }

  private void send(MailStep step, Person person, String purpose, TemplateModel letter, MailAttachment attachment) {
    Recipient to = Recipient.of(person);
    mail.compose(step.key(to, purpose), to, letter, attachment == null ? List.of() : List.of(attachment));
  }

  private Person person(UUID id) {
    return people.getOrFail(id);
  }
}
