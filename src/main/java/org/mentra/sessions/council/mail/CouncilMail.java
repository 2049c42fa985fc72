package org.mentra.sessions.council.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentra.sessions.attendance.CheckIns;
import org.mentra.sessions.attendance.SessionKind;
import org.mentra.sessions.calendar.CalendarInvites;
import org.mentra.sessions.calendar.InviteAttendee;
import org.mentra.sessions.calendar.InviteChange;
import org.mentra.sessions.calendar.SessionInvite;
import org.mentra.sessions.council.MentorCalendars.SlotsBusy;
import org.mentra.sessions.council.domain.CoordinationReason;
import org.mentra.sessions.council.domain.CouncilMentor;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.council.domain.CouncilSessionRepository;
import org.mentra.sessions.council.web.CouncilLinks;
import org.mentra.sessions.mail.DurationWords;
import org.mentra.sessions.mail.MailComposer;
import org.mentra.sessions.mail.MailStep;
import org.mentra.sessions.mail.Recipient;
import org.mentra.sessions.people.Coordinators;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.shared.TemplateModel;
import org.mentra.sessions.shared.TimeRange;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every mail of the council flow, composed into the outbox in the caller's transaction. Each has an
 * HTML and a text template under templates/mail/council/ and a record of its variables in this
 * package; times are shown by the templates in the reader's own zone ({@code times.range(...)}).
 */
@Service
public class CouncilMail {

  private final MailComposer composer;
  private final PersonRepository people;
  private final Coordinators coordinators;
  private final CouncilLinks links;
  private final CheckIns checkIns;
  private final CalendarInvites invites;
  private final CouncilSessionRepository councils;
  private final Clock clock;

  CouncilMail(MailComposer composer, PersonRepository people, Coordinators coordinators, CouncilLinks links,
      CheckIns checkIns, CalendarInvites invites, CouncilSessionRepository councils, Clock clock) {
    this.clock = clock;
    this.councils = councils;
    this.composer = composer;
    this.people = people;
    this.coordinators = coordinators;
    this.links = links;
    this.checkIns = checkIns;
    this.invites = invites;
  }

  /** The council's one calendar UID, the same for its whole life. */
  public static String inviteUid(UUID councilId) {
    return SessionInvite.uidOf("council", councilId);
  }

  /**
   * Confirms the council to the mentee and the selected mentors, each with the invite (REQUEST);
   * mentors left out since an earlier invite get a CANCEL. Mentors' confirmations carry the link to
   * drop out.
   */
  @Transactional
  public void confirmations(MailStep step, UUID councilId) {
    CouncilSession council = councils.getOrFail(councilId);
    TimeRange slot = council.scheduledSlot().orElseThrow();
    InviteChange change = invites.schedule(invite(council, slot));
    Person mentee = people.getOrFail(council.getMenteeId());
    Map<UUID, Person> mentors = persons(council.selectedMentors().stream().map(CouncilMentor::getMentorId).toList());
    List<Person> byName = mentors.values().stream().sorted(Comparator.comparing(Person::getDisplayName)).toList();
    Person lead = council.lead().map(m -> mentors.get(m.getMentorId())).orElse(null);
    for (InviteAttendee attendee : change.requests()) {
      Person person = people.getOrFail(attendee.personId());
      boolean isLead = lead != null && lead.getId().equals(person.getId());
      TemplateModel mail = person.getId().equals(mentee.getId())
          ? new MenteeConfirmationMail(council, slot, firstName(mentee), byName, lead, isLead)
          : new MentorConfirmationMail(council, slot, firstName(mentee), byName, lead, isLead,
              links.dropOut(council, person.getId(), slot.start()));
      mailWithInvite(step, change, attendee, person, "confirmation", mail);
    }
    for (InviteAttendee attendee : change.cancellations()) {
      mailWithInvite(step, change, attendee, people.getOrFail(attendee.personId()), "no-longer-needed",
          new NoLongerNeededMail(council, firstName(mentee)));
    }
  }

  /**
   * Right after a mentor dropped out, whatever follows: the invite is recorded without them
   * (SEQUENCE + 1) and they get the CANCEL. Those still in get the update only once it is clear the
   * council goes ahead ({@link #updatedInvites}); otherwise the coordinators decide first.
   */
  @Transactional
  public void dropOutCancellation(MailStep step, UUID councilId) {
    CouncilSession council = councils.getOrFail(councilId);
    TimeRange slot = council.scheduledSlot().orElseThrow();
    InviteChange change = invites.schedule(invite(council, slot));
    for (InviteAttendee attendee : change.cancellations()) {
      mailWithInvite(step, change, attendee, people.getOrFail(attendee.personId()), "drop-out-confirmed",
          new DropOutConfirmedMail(council, slot));
    }
  }

  /**
   * After a drop-out when the quorum still holds: the updated invite to everyone still in, at the
   * SEQUENCE the cancellation to the mentor who dropped out was recorded with.
   */
  @Transactional
  public void updatedInvites(MailStep step, UUID councilId) {
    CouncilSession council = councils.getOrFail(councilId);
    TimeRange slot = council.scheduledSlot().orElseThrow();
    InviteChange change = invites.schedule(invite(council, slot));
    List<Person> remaining = council.selectedMentors().stream().map(m -> people.getOrFail(m.getMentorId()))
        .sorted(Comparator.comparing(Person::getDisplayName)).toList();
    for (InviteAttendee attendee : change.requests()) {
      mailWithInvite(step, change, attendee, people.getOrFail(attendee.personId()), "invite-updated",
          new InviteUpdatedMail(council, slot, remaining, council.getMenteeId().equals(attendee.personId())));
    }
  }

  /**
   * The council is cancelled: everyone who had the invite gets the CANCEL (same UID, higher
   * SEQUENCE); the mentee and mentors still being asked get a note without one.
   */
  @Transactional
  public void cancellation(MailStep step, UUID councilId) {
    CouncilSession council = councils.getOrFail(councilId);
    Optional<InviteChange> change = invites.cancel(inviteUid(council.getId()));
    Set<UUID> invited = new HashSet<>();
    change.ifPresent(c -> c.cancellations().forEach(attendee -> {
      invited.add(attendee.personId());
      mailWithInvite(step, c, attendee, people.getOrFail(attendee.personId()), "cancelled",
          cancelled(council, attendee.personId(), true));
    }));
    List<UUID> told = new ArrayList<>();
    told.add(council.getMenteeId());
    council.activeMentors().forEach(m -> told.add(m.getMentorId()));
    for (UUID id : told) {
      if (!invited.contains(id)) {
        Recipient to = Recipient.of(people.getOrFail(id));
        composer.compose(step.key(to, "cancelled"), to, cancelled(council, id, false));
      }
    }
  }

  private static CouncilCancelledMail cancelled(CouncilSession council, UUID personId, boolean hasInvite) {
    return new CouncilCancelledMail(council, council.getMenteeId().equals(personId),
        council.getCancellationReason().orElse(""), hasInvite);
  }

  private SessionInvite invite(CouncilSession council, TimeRange slot) {
    Person mentee = people.getOrFail(council.getMenteeId());
    List<InviteAttendee> attendees = new ArrayList<>();
    attendees.add(InviteAttendee.of(mentee));
    council.selectedMentors().stream()
        .sorted(Comparator.comparing(CouncilMentor::getMentorId))
        .forEach(m -> attendees.add(InviteAttendee.of(people.getOrFail(m.getMentorId()))));
    return new SessionInvite(inviteUid(council.getId()), "Mentra council: " + council.getTopic(),
        "A one-hour council on \"" + council.getTopic() + "\" with " + mentee.getDisplayName()
            + " and " + (attendees.size() - 1) + " mentors. Join with the link in your email, or at "
            + council.getMeetingUrl().orElse("the meeting link") + ".",
        slot.start(), slot.end(), council.getMeetingUrl().orElse(null), attendees);
  }

  private void mailWithInvite(MailStep step, InviteChange change, InviteAttendee attendee, Person person,
      String purpose, TemplateModel mail) {
    Recipient to = Recipient.of(person);
    composer.compose(step.key(to, change.mailPurpose(purpose)), to, mail, List.of(invites.attachmentFor(change, attendee)));
  }

  /**
   * The request to one mentor: topic and goals, every slot with its one-click link (marked where the
   * mentor's calendar shows them busy), and "none of these".
   */
  public void availabilityRequest(MailStep step, CouncilSession council, CouncilMentor mentor, SlotsBusy busy) {
    Recipient to = Recipient.of(people.getOrFail(mentor.getMentorId()));
    composer.compose(step.key(to, "availability-request#" + council.getRound()), to,
        new AvailabilityRequestMail(council, menteeName(council), mentor.isLead(), slotLinks(council, mentor, busy),
            links.noneOfThese(council, mentor.getMentorId()), council.getResponseDeadline(), busy.problem()));
  }

  /** A reminder to a mentor who has not answered yet, firmer each time; the last one copies the coordinators. */
  public void reminder(MailStep step, CouncilSession council, CouncilMentor mentor, Reminder reminder, Instant now,
      SlotsBusy busy) {
    Person person = people.getOrFail(mentor.getMentorId());
    Recipient to = Recipient.of(person);
    composer.compose(step.key(to, reminder.purpose() + "#" + council.getRound()), to,
        new ReminderMail(reminder, council, menteeName(council), mentor.isLead(), slotLinks(council, mentor, busy),
            links.noneOfThese(council, mentor.getMentorId()), council.getResponseDeadline(),
            DurationWords.about(Duration.between(now, council.getResponseDeadline())), busy.problem()));
    if (reminder == Reminder.FINAL) {
      Person mentee = people.getOrFail(council.getMenteeId());
      toCoordinators(step, "final-reminder-copy#" + council.getRound() + "#" + mentor.getMentorId(),
          new FinalReminderCopyMail(council, mentee, answered(council), asked(council), person));
    }
  }

  private List<SlotLink> slotLinks(CouncilSession council, CouncilMentor mentor, SlotsBusy busy) {
    List<SlotLink> slots = new ArrayList<>();
    for (int i = 0; i < council.getProposedSlots().size(); i++) {
      TimeRange slot = council.getProposedSlots().get(i);
      slots.add(new SlotLink(slot, links.slotAnswer(council, mentor.getMentorId(), i), busy.during(slot)));
    }
    return slots;
  }

  /** The coordinators are asked to step in. */
  @Transactional
  public void coordinationNeeded(MailStep step, UUID councilId) {
    CouncilSession council = councils.getOrFail(councilId);
    toCoordinators(step, "coordination-needed#" + council.getEscalations(),
        new CoordinationNeededMail(council, people.getOrFail(council.getMenteeId()), answered(council), asked(council),
            council.getCoordinationReason().map(CoordinationReason::explanation).orElse("")));
  }

  /** The mentee hears that finding a time takes a little longer, and that nothing is needed from them. */
  @Transactional
  public void menteeDelay(MailStep step, UUID councilId) {
    CouncilSession council = councils.getOrFail(councilId);
    Recipient to = Recipient.of(people.getOrFail(council.getMenteeId()));
    composer.compose(step.key(to, "mentee-delay#" + council.getEscalations()), to, new MenteeDelayMail(council,
        council.getCoordinationReason().orElse(null) == CoordinationReason.MENTOR_DROPPED_OUT));
  }

  /** Mentors who answered but are not in the session: thank you. */
  @Transactional
  public void thankUnneededMentors(MailStep step, UUID councilId) {
    CouncilSession council = councils.getOrFail(councilId);
    String menteeName = menteeName(council);
    for (CouncilMentor mentor : council.activeMentors()) {
      if (mentor.isSelected() || !mentor.hasAnswered()) {
        continue;
      }
      Recipient to = Recipient.of(people.getOrFail(mentor.getMentorId()));
      composer.compose(step.key(to, "thank-you"), to, new ThankYouMail(council, menteeName));
    }
  }

  /** The selected mentors get what helps them prepare: topic, goals and questions, and who else comes. */
  @Transactional
  public void preparationMaterials(MailStep step, UUID councilId) {
    CouncilSession council = councils.getOrFail(councilId);
    TimeRange slot = council.scheduledSlot().orElseThrow();
    String menteeName = menteeName(council);
    List<CouncilMentor> selected = council.selectedMentors();
    Map<UUID, Person> persons = persons(selected.stream().map(CouncilMentor::getMentorId).toList());
    Person lead = council.lead().map(m -> persons.get(m.getMentorId())).orElse(null);
    for (CouncilMentor mentor : selected) {
      Recipient to = Recipient.of(persons.get(mentor.getMentorId()));
      List<Person> others = selected.stream().filter(m -> m != mentor).map(m -> persons.get(m.getMentorId())).toList();
      composer.compose(step.key(to, "preparation"), to,
          new PreparationMail(council, menteeName, slot, others, lead, mentor.isLead()));
    }
  }

  /**
   * The reminder before the session, to the mentee and the selected mentors, each with their own
   * join link. It says how long is actually left (a council confirmed late gets its first reminder
   * late).
   */
  @Transactional
  public void sessionReminder(MailStep step, UUID councilId, Duration before) {
    CouncilSession council = councils.getOrFail(councilId);
    TimeRange slot = council.scheduledSlot().orElseThrow();
    String timeLeft = DurationWords.about(Duration.between(clock.instant(), slot.start()));
    List<UUID> participants = new ArrayList<>();
    participants.add(council.getMenteeId());
    council.selectedMentors().forEach(m -> participants.add(m.getMentorId()));
    for (UUID id : participants) {
      Recipient to = Recipient.of(people.getOrFail(id));
      composer.compose(step.key(to, "session-reminder-" + before + "@" + slot.start()), to,
          new SessionReminderMail(council, slot, id.equals(council.getMenteeId()),
              checkIns.joinUrl(SessionKind.COUNCIL, council.getId(), id, slot.end()), timeLeft));
    }
  }

  /** How many of the mentors still in have answered, for the coordinators' mails. */
  private static long answered(CouncilSession council) {
    return council.activeMentors().stream().filter(CouncilMentor::hasAnswered).count();
  }

  private static int asked(CouncilSession council) {
    return council.activeMentors().size();
  }

  private void toCoordinators(MailStep step, String purpose, TemplateModel mail) {
    for (Coordinators.Contact contact : coordinators.contacts()) {
      Recipient to = Recipient.mailbox(contact.name(), contact.email(), contact.zone());
      composer.compose(step.key(to, purpose), to, mail);
    }
  }

  private String menteeName(CouncilSession council) {
    return firstName(people.getOrFail(council.getMenteeId()));
  }

  public static String firstName(Person person) {
    return Recipient.of(person).firstName();
  }

  private Map<UUID, Person> persons(List<UUID> ids) {
    return people.findAllById(ids).stream().collect(Collectors.toMap(Person::getId, Function.identity()));
  }
}
