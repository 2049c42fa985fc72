package org.mentra.sessions.pairing;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mentra.sessions.accountability.CheckIns;
import org.mentra.sessions.accountability.SessionKind;
import org.mentra.sessions.calendar.InviteAttendee;
import org.mentra.sessions.calendar.InviteChange;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.links.OneClickLinks;
import org.mentra.sessions.mail.MailAttachment;
import org.mentra.sessions.mail.MailComposer;
import org.mentra.sessions.mail.MailStep;
import org.mentra.sessions.mail.Recipient;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.springframework.stereotype.Component;

/**
 * The mails about one chat, each with the calendar invite or cancellation its recipient needs. Every
 * mail is keyed by the process step, the recipient and the purpose (with the invite's SEQUENCE where an
 * invite changes), so a retried step mails nobody twice.
 */
@Component
class ChatMails {

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

  /** The pair announced to both, with the invite and a link to call it off. */
  void assignment(Chat chat, Event event, MailStep step) {
    Person patient = person(chat.getPatientId());
    Person counselor = person(chat.getCounselorId());
    InviteChange change = invites.schedule(chat, event, patient, counselor);
    for (InviteAttendee attendee : change.requests()) {
      Person to = person(attendee.personId());
      boolean isCounselor = to.getId().equals(counselor.getId());
      Map<String, Object> model = model(chat, event, isCounselor ? patient : counselor);
      model.put("cancelUrl", links.url(CancelChatLinkHandler.PURPOSE, to.getId(), chat.getId().toString(), null,
          chat.getStartsAt()));
      send(step, to, change.mailPurpose("assignment"),
          isCounselor ? "pairing/chat-assigned-counselor" : "pairing/chat-assigned-patient", model,
          invites.attachmentFor(change, attendee));
    }
  }

  /** An hour before: the personal join link, which records the check-in. */
  void reminder(Chat chat, Event event, MailStep step) {
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
   * A standby took over: the patient and the standby get the updated invite (same UID, SEQUENCE + 1),
   * the standby their join link for right now, the late counselor the cancellation.
   */
  void standbyTookOver(Chat chat, Event event, MailStep step) {
    Person patient = person(chat.getPatientId());
    Person standby = person(chat.getCounselorId());
    InviteChange change = invites.schedule(chat, event, patient, standby);
    for (InviteAttendee attendee : change.requests()) {
      Person to = person(attendee.personId());
      boolean isStandby = to.getId().equals(standby.getId());
      Map<String, Object> model = model(chat, event, isStandby ? patient : standby);
      model.put("joinUrl", joinUrl(chat, to));
      send(step, to, change.mailPurpose("standby"), isStandby ? "pairing/standby-counselor" : "pairing/standby-patient",
          model, invites.attachmentFor(change, attendee));
    }
    for (InviteAttendee attendee : change.cancellations()) {
      Person late = person(attendee.personId());
      send(step, late, change.mailPurpose("standby"), "pairing/standby-late-counselor", model(chat, event, patient),
          invites.attachmentFor(change, attendee));
    }
  }

  /** Nobody could take over: an apology to the patient, the invite cancelled, and a way to another time. */
  void apology(Chat chat, Event event, MailStep step) {
    Person patient = person(chat.getPatientId());
    Map<String, Object> model = model(chat, event, person(chat.getCounselorId()));
    model.put("rebookUrl", links.url(RebookLinkHandler.PURPOSE, patient.getId(), chat.getId().toString(), null,
        event.getEndsAt()));
    MailAttachment cancellation = invites.cancel(chat)
        .flatMap(change -> change.cancellations().stream().filter(a -> patient.getId().equals(a.personId()))
            .findFirst().map(a -> invites.attachmentFor(change, a)))
        .orElse(null);
    send(step, patient, "apology", "pairing/no-counselor", model, cancellation);
  }

  /** After the chat: how was it? Rating and comment with one click. */
  void feedbackRequest(Chat chat, Event event, MailStep step) {
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
  void cancellation(Chat chat, Event event, CancelledBy by, MailStep step) {
    Person patient = person(chat.getPatientId());
    Person counselor = person(chat.getCounselorId());
    InviteChange change = invites.cancel(chat).orElse(null);
    for (Person to : List.of(patient, counselor)) {
      boolean isCounselor = to.getId().equals(counselor.getId());
      Map<String, Object> model = model(chat, event, isCounselor ? patient : counselor);
      model.put("forCounselor", isCounselor);
      String template = by == CancelledBy.EVENT ? "pairing/event-cancelled"
          : (by == CancelledBy.COUNSELOR) == isCounselor ? "pairing/chat-cancel-confirmed" : "pairing/partner-cancelled";
      MailAttachment attachment = change == null ? null : change.cancellations().stream()
          .filter(a -> to.getId().equals(a.personId())).findFirst()
          .map(a -> invites.attachmentFor(change, a)).orElse(null);
      send(step, to, "cancellation", template, model, attachment);
    }
  }

  /** A patient still waiting for a counselor learns that the event is off. */
  void eventCancelledWhileWaiting(Event event, UUID patientId, MailStep step) {
    Map<String, Object> model = new HashMap<>();
    model.put("event", event);
    send(step, person(patientId), "event-cancelled", "pairing/event-cancelled-waiting", model, null);
  }

  private String joinUrl(Chat chat, Person person) {
    return checkIns.joinUrl(SessionKind.CHAT, chat.getId(), person.getId(), chat.getEndsAt());
  }

  /** What every chat mail shows; a counselor sees only the patient's first name. */
  private Map<String, Object> model(Chat chat, Event event, Person partner) {
    Map<String, Object> model = new HashMap<>();
    model.put("chat", chat);
    model.put("event", event);
    model.put("partnerName", partner.getId().equals(chat.getPatientId()) ? Recipient.of(partner).firstName()
        : partner.getDisplayName());
    model.put("latenessMinutes", properties.latenessSwitch().toMinutes());
    model.put("reminderLead", inWords(properties.reminderBefore()));
    return model;
  }

  /** "1 hour", "2 hours", "45 minutes". */
  static String inWords(Duration duration) {
    long minutes = duration.toMinutes();
    if (minutes % 60 == 0) {
      long hours = minutes / 60;
      return hours + (hours == 1 ? " hour" : " hours");
    }
    return minutes + (minutes == 1 ? " minute" : " minutes");
  }

  private void send(MailStep step, Person person, String purpose, String template, Map<String, Object> model,
      MailAttachment attachment) {
    Recipient to = Recipient.of(person);
    mail.compose(step.key(to, purpose), to, template, model,
        attachment == null ? List.of() : List.of(attachment));
  }

  private Person person(UUID id) {
    return people.findById(id).orElseThrow(() -> new IllegalStateException("Person " + id + " is gone"));
  }
}
