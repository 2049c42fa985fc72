package org.mentra.sessions.pairing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.attendance.Attendance;
import org.mentra.sessions.attendance.AttendanceReport;
import org.mentra.sessions.attendance.AttendanceService;
import org.mentra.sessions.attendance.AttendanceStatus;
import org.mentra.sessions.attendance.ParticipantRole;
import org.mentra.sessions.attendance.SessionKind;
import org.mentra.sessions.engine.Correlation;
import org.mentra.sessions.engine.MessageCorrelator;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.mail.LocalTimes;
import org.mentra.sessions.mail.MailStep;
import org.mentra.sessions.people.Coordinators;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.retry.RetryOnConflict;
import org.mentra.sessions.shared.Conflict;
import org.mentra.sessions.shared.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.mentra.sessions.pairing.domain.CancelledBy;
import org.mentra.sessions.pairing.domain.Chat;
import org.mentra.sessions.pairing.domain.ChatFeedback;
import org.mentra.sessions.pairing.domain.ChatFeedbackRepository;
import org.mentra.sessions.pairing.domain.ChatRepository;
import org.mentra.sessions.pairing.domain.ChatStatus;
import org.mentra.sessions.pairing.domain.CompatibilityTable;
import org.mentra.sessions.pairing.domain.RebookDecision;
import org.mentra.sessions.pairing.domain.RegistrationPreferences;
import org.mentra.sessions.pairing.domain.RegistrationStatus;
import org.mentra.sessions.pairing.domain.SupportRegistration;
import org.mentra.sessions.pairing.domain.SupportRegistrationRepository;
import org.mentra.sessions.pairing.mail.ChatLetter;
import org.mentra.sessions.pairing.mail.ChatMails;

/**
 * What happens to a chat once it is published, step by step of {@code chat-session}: announcement,
 * reminder, check-ins, the switch to a standby, no-shows, completion, feedback, cancellation.
 */
@Service
@RetryOnConflict
public class ChatSessionService {

  static final String SOURCE = "chat-session";

  private final ChatRepository chats;
  private final SupportRegistrationRepository registrations;
  private final ChatFeedbackRepository feedback;
  private final SupportEvents events;
  private final CounselorSchedule schedule;
  private final CompatibilityService compatibility;
  private final PersonRepository people;
  private final ChatMails mails;
  private final AttendanceService attendance;
  private final MessageCorrelator correlator;
  private final Clock clock;
  private final ZoneId coordinatorZone;

  ChatSessionService(ChatRepository chats, SupportRegistrationRepository registrations,
      ChatFeedbackRepository feedback, SupportEvents events, CounselorSchedule schedule,
      CompatibilityService compatibility, PersonRepository people, ChatMails mails, AttendanceService attendance,
      MessageCorrelator correlator, Clock clock, Coordinators coordinators) {
    this.chats = chats;
    this.registrations = registrations;
    this.feedback = feedback;
    this.events = events;
    this.schedule = schedule;
    this.compatibility = compatibility;
    this.people = people;
    this.mails = mails;
    this.attendance = attendance;
    this.correlator = correlator;
    this.clock = clock;
    this.coordinatorZone = coordinators.zone();
  }

  @Transactional(readOnly = true)
  public Chat get(UUID chatId) {
    return chats.getOrFail(chatId);
  }

  @Transactional(readOnly = true)
  public Optional<Chat> find(UUID chatId) {
    return chats.findById(chatId);
  }

  /** One of the chat's letters to its people (from the step that sends it: one mail per step and person). */
  @Transactional
  public void sendLetter(ChatLetter letter, UUID chatId, MailStep step) {
    Chat chat = get(chatId);
    Event event = events.get(chat.getEventId());
    switch (letter) {
      case ASSIGNMENT -> mails.assignment(chat, event, step);
      case REMINDER -> mails.reminder(chat, event, step);
      case STANDBY_INVITES -> mails.standbyTookOver(chat, event, step);
      case FEEDBACK_REQUEST -> mails.feedbackRequest(chat, event, step);
    }
  }

  /**
   * The counselor has not checked in by the lateness limit: a no-show (the standby's attendance counts
   * for no one). Returns false when the counselor checked in after all, in the instant the timer
   * fired: attendance keeps the check-in, and nobody is replaced.
   */
  @Transactional
  public boolean reportCounselorNoShow(UUID chatId) {
    Chat chat = get(chatId);
    // After a hand-over the chat's counselor is the standby; the no-show is always the late one's.
    return !recordNoShow(chat, chat.getLateCounselorId().orElse(chat.getCounselorId()), ParticipantRole.COUNSELOR)
        .isCheckedIn();
  }

  /**
   * Hands the chat to the best standby: a counselor of the event free for the whole slot, pairable with
   * the patient; best compatibility first, then reliability. False when nobody is free.
   */
  @Transactional
  public boolean findStandby(UUID chatId) {
    Chat chat = get(chatId);
    if (chat.getLateCounselorId().isPresent()) {
      return true;  // a retried step: the standby is already in charge
    }
    Event event = events.get(chat.getEventId());
    List<UUID> candidates = schedule.freeFor(event, chat.time(), chat.getCounselorId());
    // Hand-overs, bookings and pairings of one counselor take turns: of two chats short of a counselor at the
    // same time, only one gets a standby who is free for just one of them.
    schedule.lockSeats(event.getId(), candidates);
    List<Person> free = people.findAllById(candidates.stream().filter(id -> schedule.isFree(id, chat.time())).toList());
    Person patient = people.getOrFail(chat.getPatientId());
    RegistrationPreferences preferences = registrations.findById(chat.getRegistrationId())
        .map(SupportRegistration::getPreferences).orElse(RegistrationPreferences.NONE);
    CompatibilityTable table = compatibility.table(List.of(patient), free, event.getTheme().orElse(null),
        Map.of(patient.getId(), preferences));
    Optional<Person> standby = free.stream()
        .filter(c -> table.of(patient.getId(), c.getId()).pairable())
        .max(Comparator.<Person>comparingInt(c -> table.of(patient.getId(), c.getId()).score())
            .thenComparingDouble(Person::getReliability)
            .thenComparing(Person::getDisplayName, Comparator.reverseOrder()));
    standby.ifPresent(s -> chat.handOverTo(s.getId(), table.of(patient.getId(), s.getId()).score(), clock.instant()));
    return standby.isPresent();
  }

  /**
   * No counselor could take over: the chat did not happen, the patient gets an apology with a way to another
   * time, and the coordinators a task; returns what their form shows.
   */
  @Transactional
  public RebookingCase apologiseToPatient(UUID chatId, MailStep step) {
    Chat chat = get(chatId);
    Event event = events.get(chat.getEventId());
    if (chat.isLive()) {
      chat.end(ChatStatus.NO_COUNSELOR, clock.instant());
    }
    mails.apology(chat, event, step);
    Person patient = people.getOrFail(chat.getPatientId());
    Person counselor = people.getOrFail(chat.getCounselorId());
    return new RebookingCase(patient.getDisplayName(), patient.getEmail(), event.getTitle(),
        new LocalTimes(coordinatorZone, Locale.ENGLISH).range(chat.getStartsAt(), chat.getEndsAt()),
        counselor.getDisplayName());
  }

  /** What the coordinators' task shows about a chat no counselor could take. */
  public record RebookingCase(String patientName, String patientEmail, String eventTitle, String sessionTime,
      String lateCounselorName) {}

  /** The coordinator's decision: back on the waitlist (and re-pair now), or nothing more to do. */
  @Transactional
  public void applyRebookingDecision(UUID chatId, RebookDecision decision) {
    if (decision == RebookDecision.WAITLIST) {
      rebook(chatId);
    }
  }

  /** The patient asks for another time (their link, or a coordinator for them): waitlist and re-pair. */
  @Transactional
  public void rebook(UUID chatId) {
    Chat chat = get(chatId);
    SupportRegistration registration = registrations.getOrFail(chat.getRegistrationId());
    boolean pairedAgain = chats.findByRegistrationIdAndStatusIn(registration.getId(), ChatStatus.LIVE).isPresent();
    if (chat.getStatus() == ChatStatus.NO_COUNSELOR && registration.getStatus() == RegistrationStatus.PAIRED
        && !pairedAgain) {
      registration.waitAgain(clock.instant());
      correlator.correlateAfterCommit(Correlation.of(PairingMessage.PLACE_FREED, chat.getEventId().toString()));
    }
  }

  /** The patient never checked in: a no-show, and the chat ends so. */
  @Transactional
  public void reportPatientNoShow(UUID chatId) {
    Chat chat = get(chatId);
    recordNoShow(chat, chat.getPatientId(), ParticipantRole.PATIENT);
    if (chat.isLive()) {
      chat.end(ChatStatus.PATIENT_NO_SHOW, clock.instant());
    }
  }

  @Transactional
  public void completeChat(UUID chatId) {
    Chat chat = get(chatId);
    if (chat.isLive()) {
      chat.end(ChatStatus.COMPLETED, clock.instant());
    }
  }

  /** Stores a rating (1–5) and comment; a second answer replaces nothing. */
  @Transactional
  public boolean recordFeedback(UUID chatId, UUID personId, int rating, String comment) {
    if (rating < 1 || rating > 5) {
      throw new IllegalArgumentException("A rating is 1 to 5, not " + rating);
    }
    if (feedback.findByChatIdAndPersonId(chatId, personId).isPresent()) {
      return false;
    }
    String text = comment == null || comment.isBlank() ? null : comment.strip();
    feedback.save(new ChatFeedback(chatId, personId, rating, text, clock.instant()));
    return true;
  }

  /** The cancellation mails of a called-off chat; true when the other side should be re-paired. */
  @Transactional
  public boolean sendCancellations(UUID chatId, MailStep step) {
    Chat chat = get(chatId);
    CancelledBy by = chat.getCancelledBy().orElseThrow(() -> new IllegalStateException("Chat " + chatId
        + " is not cancelled"));
    mails.cancellation(chat, events.get(chat.getEventId()), by, step);
    return by != CancelledBy.EVENT;
  }

  /** Tells the event a place is free: it re-pairs around the published pairs. */
  @Transactional
  public void askEventToRePair(UUID chatId) {
    correlator.correlateAfterCommit(Correlation.of(PairingMessage.PLACE_FREED, get(chatId).getEventId().toString()));
  }

  /**
   * One side calls the chat off before it starts. The patient's registration ends (patient) or goes back
   * to the waitlist (counselor, whose time is taken out of their availability); the chat-session hears of
   * it and re-pairs the other side.
   */
  @Transactional
  public Chat cancel(UUID chatId, UUID personId) {
    Chat chat = get(chatId);
    if (!chat.involves(personId)) {
      throw Refused.forbidden("Only the patient or the counselor of a chat can call it off.");
    }
    if (!chat.isLive()) {
      throw new Conflict("This chat is already " + chat.getStatus().name().toLowerCase(Locale.ROOT)
          .replace('_', ' ') + ".");
    }
    Instant now = clock.instant();
    if (chat.hasStartedAt(now)) {
      throw new Conflict("This chat has started; it can no longer be called off.");
    }
    SupportRegistration registration = registrations.getOrFail(chat.getRegistrationId());
    boolean byPatient = chat.getPatientId().equals(personId);
    chat.cancel(byPatient ? CancelledBy.PATIENT : CancelledBy.COUNSELOR, now);
    if (byPatient) {
      registration.cancel();
    } else {
      registration.waitAgain(now);
      schedule.withdraw(chat.getEventId(), personId, chat.time(), now);
    }
    tellChatSession(chat);
    return chat;
  }

  /** The event is cancelled: every chat still to come is called off, waiting patients are told. */
  @Transactional
  public void cancelEvent(UUID eventId, MailStep step) {
    Event event = events.get(eventId);
    Instant now = clock.instant();
    for (Chat chat : chats.findByEventIdAndStatusIn(eventId, ChatStatus.LIVE)) {
      if (!chat.hasStartedAt(now)) {
        boolean announced = chat.getStatus() == ChatStatus.SCHEDULED;
        chat.cancel(CancelledBy.EVENT, now);
        registrations.findById(chat.getRegistrationId()).ifPresent(SupportRegistration::cancel);
        if (announced) {
          tellChatSession(chat);  // its chat-session sends the cancellations with the invites
        }
      }
    }
    for (SupportRegistration waiting : registrations.findByEventIdAndStatusOrderByCreatedAt(eventId,
        RegistrationStatus.WAITING)) {
      mails.eventCancelledWhileWaiting(event, waiting.getPatientId(), step);
      waiting.cancel();
    }
  }

  /** One record per person and chat; a first no-show is published (accountability takes it from there). */
  private Attendance recordNoShow(Chat chat, UUID personId, ParticipantRole role) {
    return attendance.record(new AttendanceReport(SessionKind.CHAT, chat.getId(), personId, role, AttendanceStatus.NO_SHOW,
        chat.getStartsAt(), SOURCE));
  }

  private void tellChatSession(Chat chat) {
    correlator.correlateAfterCommit(Correlation.of(PairingMessage.CHAT_CANCELLED, chat.getId().toString()));
  }
}
