package org.mentra.sessions.pairing.mail;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
    Person patient = person(chat.getPatientId());
    Person counselor = person(chat.getCounselorId());
    InviteChange patientInvite = invites.schedule(Side.PATIENT, chat, event, patient, partnerName(chat, counselor));
    InviteChange counselorInvite = invites.schedule(Side.COUNSELOR, chat, event, counselor, partnerName(chat, patient));
    send(step, patient, patientInvite.mailPurpose("assignment"), "pairing/chat-assigned-patient",
        withCancelLink(model(chat, event, counselor), chat, patient), invites.request(patientInvite));
    send(step, counselor, counselorInvite.mailPurpose("assignment"), "pairing/chat-assigned-counselor",
        withCancelLink(model(chat, event, patient), chat, counselor), invites.request(counselorInvite));
  }

  /** An hour before: the personal join link, which records the check-in. */
  public void reminder(Chat chat, Event event, MailStep step) {
    Person patient = person(chat.getPatientId());
    Person counselor = person(chat.getCounselorId());
    for (Person to : List.of(patient, counselor)) {
      boolean isCounselor = to.getId().equals(counselor.getId());
      Map<String, Object> model = model(chat, event, isCounselor ? patient : counselor);
      model.put("forCounselor", isCounselor);
      model.put("joinUrl", joinUrl(chat, to));
      send(step, to, "reminder", "pairing/chat-reminder", model, null);
    }
  }

  /**
   * A standby took over: the patient's invite is updated (same UID, SEQUENCE + 1, the new counselor
   * named), the counselor's invite passes to the standby (with their join link for right now) and the
   * late counselor gets its CANCEL.
   */
  public void standbyTookOver(Chat chat, Event event, MailStep step) {
    Person patient = person(chat.getPatientId());
    Person standby = person(chat.getCounselorId());
    InviteChange patientInvite = invites.schedule(Side.PATIENT, chat, event, patient, partnerName(chat, standby));
    InviteChange counselorInvite = invites.schedule(Side.COUNSELOR, chat, event, standby, partnerName(chat, patient));
    Map<String, Object> toPatient = model(chat, event, standby);
    toPatient.put("joinUrl", joinUrl(chat, patient));
    send(step, patient, patientInvite.mailPurpose("standby"), "pairing/standby-patient", toPatient,
        invites.request(patientInvite));
    Map<String, Object> toStandby = model(chat, event, patient);
    toStandby.put("joinUrl", joinUrl(chat, standby));
    send(step, standby, counselorInvite.mailPurpose("standby"), "pairing/standby-counselor", toStandby,
        invites.request(counselorInvite));
    for (InviteAttendee late : counselorInvite.cancellations()) {
      send(step, person(late.personId()), counselorInvite.mailPurpose("standby"), "pairing/standby-late-counselor",
          model(chat, event, patient), invites.cancellation(counselorInvite, late));
    }
  }

  /** Nobody could take over: an apology to the patient, their invite cancelled, and a way to another time. */
  public void apology(Chat chat, Event event, MailStep step) {
    Person patient = person(chat.getPatientId());
    Map<String, Object> model = model(chat, event, person(chat.getCounselorId()));
    model.put("rebookUrl", links.url(RebookLinkHandler.PURPOSE, patient.getId(), chat.getId().toString(), null,
        event.getEndsAt()));
    send(step, patient, "apology", "pairing/no-counselor", model,
        invites.cancel(Side.PATIENT, chat, patient.getId()).orElse(null));
  }

  /** After the chat: how was it? Rating and comment with one click. */
  public void feedbackRequest(Chat chat, Event event, MailStep step) {
    Person patient = person(chat.getPatientId());
    Map<String, Object> model = model(chat, event, person(chat.getCounselorId()));
    model.put("feedbackUrl", links.url(FeedbackLinkHandler.PURPOSE, patient.getId(), chat.getId().toString(), null,
        clock.instant().plus(properties.feedbackLinkValidity())));
    send(step, patient, "feedback", "pairing/feedback-request", model, null);
  }

  /**
   * The chat is off: both get the cancellation; the one who cancelled a confirmation, the other a kind
   * word that we look for someone else (or, for a cancelled event, that the event is off).
   */
  public void cancellation(Chat chat, Event event, CancelledBy by, MailStep step) {
    Person patient = person(chat.getPatientId());
    Person counselor = person(chat.getCounselorId());
    for (Person to : List.of(patient, counselor)) {
      boolean isCounselor = to.getId().equals(counselor.getId());
      Map<String, Object> model = model(chat, event, isCounselor ? patient : counselor);
      model.put("forCounselor", isCounselor);
      String template = by == CancelledBy.EVENT ? "pairing/event-cancelled"
          : (by == CancelledBy.COUNSELOR) == isCounselor ? "pairing/chat-cancel-confirmed" : "pairing/partner-cancelled";
      send(step, to, "cancellation", template, model,
          invites.cancel(isCounselor ? Side.COUNSELOR : Side.PATIENT, chat, to.getId()).orElse(null));
    }
  }

  /** A patient still waiting for a counselor learns that the event is off. */
  public void eventCancelledWhileWaiting(Event event, UUID patientId, MailStep step) {
    Map<String, Object> model = new HashMap<>();
    model.put("event", event);
    send(step, person(patientId), "event-cancelled", "pairing/event-cancelled-waiting", model, null);
  }

  private String joinUrl(Chat chat, Person person) {
    return checkIns.joinUrl(SessionKind.CHAT, chat.getId(), person.getId(), chat.getEndsAt());
  }

  /** What every chat mail shows about the partner; a counselor sees only the patient's first name. */
  private static String partnerName(Chat chat, Person partner) {
    return partner.getId().equals(chat.getPatientId()) ? Recipient.of(partner).firstName() : partner.getDisplayName();
  }

  private Map<String, Object> withCancelLink(Map<String, Object> model, Chat chat, Person to) {
    model.put("cancelUrl", links.url(CancelChatLinkHandler.PURPOSE, to.getId(), chat.getId().toString(), null,
        chat.getStartsAt()));
    return model;
  }

  /** What every chat mail shows. */
  private Map<String, Object> model(Chat chat, Event event, Person partner) {
    Map<String, Object> model = new HashMap<>();
    model.put("chat", chat);
    model.put("event", event);
    model.put("partnerName", partnerName(chat, partner));
    model.put("latenessMinutes", properties.latenessSwitch().toMinutes());
    model.put("reminderLead", DurationWords.exactly(properties.reminderBefore()));
    return model;
  }

  /** "1 hour", "2 hours", "45 minutes". */
  private void send(MailStep step, Person person, String purpose, String template, Map<String, Object> model,
      MailAttachment attachment) {
    Recipient to = Recipient.of(person);
    mail.compose(step.key(to, purpose), to, template, model,
        attachment == null ? List.of() : List.of(attachment));
  }

  private Person person(UUID id) {
    return people.getOrFail(id);
  }
}
