package org.mentra.sessions.pairing.mail;

import org.mentra.sessions.shared.TimeRange;
import java.time.Instant;
import java.util.List;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.pairing.domain.Chat;
import org.mentra.sessions.links.ConcernContext;
import org.mentra.sessions.mail.SessionMail;
import org.mentra.sessions.shared.TemplateModel;

/**
 * The typed models of paired support's mails, one record per template under {@code templates/mail/pairing/}
 * (the components are the template's variables; {@code recipient}, {@code times} and {@code baseUrl}
 * come from the composer). {@code partnerName} is what the recipient sees of the other person: a
 * counselor sees only the patient's first name.
 */
public final class PairingLetters {

  private PairingLetters() {}

  /** To the patient: their counselor and time, with the invite and a link to call it off. */
  public record ChatAssignedPatient(Chat chat, Event event, String partnerName, String reminderLead,
      String cancelUrl) implements SessionMail {
    @Override
    public String template() {
      return "pairing/chat-assigned-patient";
    }

    @Override
    public ConcernContext concern() {
      return ConcernContext.chat(chat.getId());
    }
  }

  /** To the counselor: their patient and time, the lateness rule, the invite and a link to call it off. */
  public record ChatAssignedCounselor(Chat chat, Event event, String partnerName, long latenessMinutes,
      String reminderLead, String cancelUrl) implements SessionMail {
    @Override
    public String template() {
      return "pairing/chat-assigned-counselor";
    }

    @Override
    public ConcernContext concern() {
      return ConcernContext.chat(chat.getId());
    }
  }

  /** To both before the chat: the personal join link. */
  public record ChatReminder(Chat chat, Event event, String partnerName, long latenessMinutes, boolean forCounselor,
      String joinUrl) implements SessionMail {
    @Override
    public String template() {
      return "pairing/chat-reminder";
    }

    @Override
    public ConcernContext concern() {
      return ConcernContext.chat(chat.getId());
    }
  }

  /** To the patient: a standby counselor took over. */
  public record StandbyPatient(Chat chat, Event event, String partnerName, String joinUrl) implements SessionMail {
    @Override
    public String template() {
      return "pairing/standby-patient";
    }

    @Override
    public ConcernContext concern() {
      return ConcernContext.chat(chat.getId());
    }
  }

  /** To the standby: the chat is theirs, now. */
  public record StandbyCounselor(Chat chat, Event event, String partnerName, String joinUrl)
      implements SessionMail {
    @Override
    public String template() {
      return "pairing/standby-counselor";
    }

    @Override
    public ConcernContext concern() {
      return ConcernContext.chat(chat.getId());
    }
  }

  /** To the late counselor: a standby took the chat over. */
  public record StandbyLateCounselor(Chat chat, Event event, long latenessMinutes) implements TemplateModel {
    @Override
    public String template() {
      return "pairing/standby-late-counselor";
    }
  }

  /** To the patient: nobody could take over; a way to another time. */
  public record NoCounselor(Chat chat, Event event, String rebookUrl) implements SessionMail {
    @Override
    public String template() {
      return "pairing/no-counselor";
    }

    @Override
    public ConcernContext concern() {
      return ConcernContext.chat(chat.getId());
    }
  }

  /** To the patient after the chat: rating and comment with one click. */
  public record FeedbackRequest(Event event, String partnerName, String feedbackUrl) implements SessionMail {
    @Override
    public String template() {
      return "pairing/feedback-request";
    }

    @Override
    public ConcernContext concern() {
      return ConcernContext.event(event.getId());
    }
  }

  /** To the one who called the chat off. */
  public record ChatCancelConfirmed(Chat chat, Event event, boolean forCounselor) implements TemplateModel {
    @Override
    public String template() {
      return "pairing/chat-cancel-confirmed";
    }
  }

  /** To the other one: their partner called it off (and we look for someone else). */
  public record PartnerCancelled(Chat chat, Event event, boolean forCounselor, String partnerName)
      implements SessionMail {
    @Override
    public String template() {
      return "pairing/partner-cancelled";
    }

    @Override
    public ConcernContext concern() {
      return ConcernContext.chat(chat.getId());
    }
  }

  /** To both: the event is off, and so is their chat. */
  public record EventCancelled(Chat chat, Event event, boolean forCounselor) implements TemplateModel {
    @Override
    public String template() {
      return "pairing/event-cancelled";
    }
  }

  /** To a patient still waiting: the event is off. */
  public record EventCancelledWaiting(Event event) implements TemplateModel {
    @Override
    public String template() {
      return "pairing/event-cancelled-waiting";
    }
  }

  /** To a counselor: when can you talk? (until sign-ups close). */
  public record CounselorInvitation(Event event, String availabilityUrl, Instant signUpsClose)
      implements SessionMail {
    @Override
    public String template() {
      return "pairing/counselor-invitation";
    }

    @Override
    public ConcernContext concern() {
      return ConcernContext.event(event.getId());
    }
  }

  /** To the patient: their sign-up with its windows, and when they hear about their pair. */
  public record RegistrationReceived(Event event, List<TimeRange> windows, long noticeHours) implements SessionMail {
    @Override
    public String template() {
      return "pairing/registration-received";
    }

    @Override
    public ConcernContext concern() {
      return ConcernContext.event(event.getId());
    }
  }

  /** To a patient still waiting after the pairing: they are on the waitlist. */
  public record Waitlist(Event event) implements SessionMail {
    @Override
    public String template() {
      return "pairing/waitlist";
    }

    @Override
    public ConcernContext concern() {
      return ConcernContext.event(event.getId());
    }
  }
}
