package org.mentra.sessions.council.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import org.mentra.sessions.mail.DurationWords;
import org.mentra.sessions.mail.MailAttachment;
import org.mentra.sessions.mail.MailComposer;
import org.mentra.sessions.mail.MailStep;
import org.mentra.sessions.mail.Recipient;
import org.mentra.sessions.people.Coordinators;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.mentra.sessions.council.domain.CoordinationReason;
import org.mentra.sessions.council.domain.CouncilMentor;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.council.domain.CouncilSessionRepository;
import org.mentra.sessions.shared.TimeRange;
import org.mentra.sessions.council.web.CouncilLinks;

/**
 * Every mail of the council flow, composed into the outbox in the caller's transaction. Each has an
 * HTML and a text template under templates/mail/council/; times are shown by the templates in the
 * reader's own zone ({@code times.range(...)}).
 */
@Service
public class CouncilMail {

  private static final String TEMPLATES = "council/";

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
    Person lead = council.lead().map(m -> mentors.get(m.getMentorId())).orElse(null);
    for (InviteAttendee attendee : change.requests()) {
      Person person = people.getOrFail(attendee.personId());
      boolean isMentee = person.getId().equals(mentee.getId());
      Map<String, Object> model = new HashMap<>();
      model.put("council", council);
      model.put("slot", slot);
      model.put("menteeName", firstName(mentee));
      model.put("mentors", mentors.values().stream().sorted(Comparator.comparing(Person::getDisplayName))
          .toList());
      model.put("lead", lead);
      model.put("isLead", lead != null && lead.getId().equals(person.getId()));
      if (!isMentee) {
        model.put("dropOutUrl", links.dropOut(council, person.getId(), slot.start()));
      }
      mailWithInvite(step, change, attendee, person, isMentee ? "confirmation-mentee" : "confirmation-mentor",
          "confirmation", model);
    }
    for (InviteAttendee attendee : change.cancellations()) {
      mailWithInvite(step, change, attendee, people.getOrFail(attendee.personId()), "no-longer-needed", "no-longer-needed",
          Map.of("council", council, "menteeName", firstName(mentee)));
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
      mailWithInvite(step, change, attendee, people.getOrFail(attendee.personId()), "drop-out-confirmed", "drop-out-confirmed",
          Map.of("council", council, "slot", slot));
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
      mailWithInvite(step, change, attendee, people.getOrFail(attendee.personId()), "invite-updated", "invite-updated",
          Map.of("council", council, "slot", slot, "mentors", remaining,
              "isMentee", council.getMenteeId().equals(attendee.personId())));
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
      mailWithInvite(step, c, attendee, people.getOrFail(attendee.personId()), "council-cancelled", "cancelled",
          cancelledModel(council, attendee.personId(), true));
    }));
    List<UUID> told = new ArrayList<>();
    told.add(council.getMenteeId());
    council.activeMentors().forEach(m -> told.add(m.getMentorId()));
    for (UUID id : told) {
      if (!invited.contains(id)) {
        Recipient to = Recipient.of(people.getOrFail(id));
        composer.compose(step.key(to, "cancelled"), to, TEMPLATES + "council-cancelled",
            cancelledModel(council, id, false));
      }
    }
  }

  private Map<String, Object> cancelledModel(CouncilSession council, UUID personId, boolean hasInvite) {
    return Map.of("council", council, "isMentee", council.getMenteeId().equals(personId),
        "reason", council.getCancellationReason().orElse(""), "hasInvite", hasInvite);
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
      String template, String purpose, Map<String, Object> model) {
    Recipient to = Recipient.of(person);
    MailAttachment attachment = invites.attachmentFor(change, attendee);
    composer.compose(step.key(to, change.mailPurpose(purpose)), to, TEMPLATES + template, model, List.of(attachment));
  }

  /** The request to one mentor: topic and goals, every slot with its one-click link, and "none of these". */
  public void availabilityRequest(MailStep step, CouncilSession council, CouncilMentor mentor) {
    Person person = people.getOrFail(mentor.getMentorId());
    Recipient to = Recipient.of(person);
    composer.compose(step.key(to, "availability-request#" + council.getRound()), to,
        TEMPLATES + "availability-request", answerModel(council, mentor));
  }

  /** A reminder to a mentor who has not answered yet, firmer each time; the last one copies the coordinators. */
  public void reminder(MailStep step, CouncilSession council, CouncilMentor mentor, Reminder reminder, Instant now) {
    Person person = people.getOrFail(mentor.getMentorId());
    Recipient to = Recipient.of(person);
    Map<String, Object> model = answerModel(council, mentor);
    model.put("timeLeft", DurationWords.about(Duration.between(now, council.getResponseDeadline())));
    composer.compose(step.key(to, reminder.purpose() + "#" + council.getRound()), to, TEMPLATES + reminder.template(),
        model);
    if (reminder == Reminder.FINAL) {
      Map<String, Object> copy = coordinatorModel(council);
      copy.put("mentor", person);
      toCoordinators(step, "final-reminder-copy#" + council.getRound() + "#" + mentor.getMentorId(),
          "final-reminder-copy", copy);
    }
  }

  private Map<String, Object> answerModel(CouncilSession council, CouncilMentor mentor) {
    List<SlotLink> slots = new ArrayList<>();
    for (int i = 0; i < council.getProposedSlots().size(); i++) {
      slots.add(new SlotLink(council.getProposedSlots().get(i), links.slotAnswer(council, mentor.getMentorId(), i)));
    }
    Map<String, Object> model = new HashMap<>();
    model.put("council", council);
    model.put("menteeName", firstName(people.getOrFail(council.getMenteeId())));
    model.put("lead", mentor.isLead());
    model.put("slots", slots);
    model.put("noneUrl", links.noneOfThese(council, mentor.getMentorId()));
    model.put("deadline", council.getResponseDeadline());
    return model;
  }

  /** The coordinators are asked to step in. */
  @Transactional
  public void coordinationNeeded(MailStep step, UUID councilId) {
    CouncilSession council = councils.getOrFail(councilId);
    Map<String, Object> model = coordinatorModel(council);
    model.put("reason", council.getCoordinationReason().map(CoordinationReason::explanation).orElse(""));
    toCoordinators(step, "coordination-needed#" + council.getEscalations(), "coordination-needed", model);
  }

  /** The mentee hears that finding a time takes a little longer, and that nothing is needed from them. */
  @Transactional
  public void menteeDelay(MailStep step, UUID councilId) {
    CouncilSession council = councils.getOrFail(councilId);
    Person mentee = people.getOrFail(council.getMenteeId());
    Recipient to = Recipient.of(mentee);
    composer.compose(step.key(to, "mentee-delay#" + council.getEscalations()), to, TEMPLATES + "mentee-delay",
        Map.of("council", council, "droppedOut",
            council.getCoordinationReason().orElse(null) == CoordinationReason.MENTOR_DROPPED_OUT));
  }

  /** Mentors who answered but are not in the session: thank you. */
  @Transactional
  public void thankUnneededMentors(MailStep step, UUID councilId) {
    CouncilSession council = councils.getOrFail(councilId);
    Person mentee = people.getOrFail(council.getMenteeId());
    for (CouncilMentor mentor : council.activeMentors()) {
      if (mentor.isSelected() || !mentor.hasAnswered()) {
        continue;
      }
      Recipient to = Recipient.of(people.getOrFail(mentor.getMentorId()));
      composer.compose(step.key(to, "thank-you"), to, TEMPLATES + "thank-you",
          Map.of("council", council, "menteeName", firstName(mentee)));
    }
  }

  /** The selected mentors get what helps them prepare: topic, goals and questions, and who else comes. */
  @Transactional
  public void preparationMaterials(MailStep step, UUID councilId) {
    CouncilSession council = councils.getOrFail(councilId);
    TimeRange slot = council.scheduledSlot().orElseThrow();
    Person mentee = people.getOrFail(council.getMenteeId());
    List<CouncilMentor> selected = council.selectedMentors();
    Map<UUID, Person> persons = persons(selected.stream().map(CouncilMentor::getMentorId).toList());
    for (CouncilMentor mentor : selected) {
      Recipient to = Recipient.of(persons.get(mentor.getMentorId()));
      List<Person> others = selected.stream().filter(m -> m != mentor).map(m -> persons.get(m.getMentorId())).toList();
      Person lead = council.lead().map(m -> persons.get(m.getMentorId())).orElse(null);
      Map<String, Object> model = new HashMap<>();
      model.put("council", council);
      model.put("menteeName", firstName(mentee));
      model.put("slot", slot);
      model.put("others", others);
      model.put("lead", lead);
      model.put("isLead", mentor.isLead());
      composer.compose(step.key(to, "preparation"), to, TEMPLATES + "preparation", model);
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
      Person person = people.getOrFail(id);
      Recipient to = Recipient.of(person);
      Map<String, Object> model = new HashMap<>();
      model.put("council", council);
      model.put("slot", slot);
      model.put("isMentee", id.equals(council.getMenteeId()));
      model.put("joinUrl", checkIns.joinUrl(SessionKind.COUNCIL, council.getId(), id, slot.end()));
      model.put("timeLeft", timeLeft);
      composer.compose(step.key(to, "session-reminder-" + before + "@" + slot.start()), to,
          TEMPLATES + "session-reminder", model);
    }
  }

  private Map<String, Object> coordinatorModel(CouncilSession council) {
    Map<String, Object> model = new HashMap<>();
    model.put("council", council);
    model.put("mentee", people.getOrFail(council.getMenteeId()));
    model.put("answered", council.activeMentors().stream().filter(CouncilMentor::hasAnswered).count());
    model.put("asked", council.activeMentors().size());
    return model;
  }

  private void toCoordinators(MailStep step, String purpose, String template, Map<String, Object> model) {
    for (Coordinators.Contact contact : coordinators.contacts()) {
      Recipient to = Recipient.mailbox(contact.name(), contact.email(), contact.zone());
      composer.compose(step.key(to, purpose), to, TEMPLATES + template, model);
    }
  }

  public static String firstName(Person person) {
    return Recipient.of(person).firstName();
  }

  private Map<UUID, Person> persons(List<UUID> ids) {
    return people.findAllById(ids).stream().collect(Collectors.toMap(Person::getId, Function.identity()));
  }

  /** A proposed slot with the link that answers "I can make this one". */
  record SlotLink(TimeRange slot, String url) {}
}
