package org.mentra.sessions.council;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentra.sessions.accountability.CheckIns;
import org.mentra.sessions.accountability.SessionKind;
import org.mentra.sessions.mail.MailComposer;
import org.mentra.sessions.mail.Recipient;
import org.mentra.sessions.people.Coordinators;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.springframework.stereotype.Service;

/**
 * Every mail of the council flow, composed into the outbox in the caller's transaction. Each has an
 * HTML and a text template under templates/mail/council/; times are shown by the templates in the
 * reader's own zone ({@code times.range(...)}).
 */
@Service
class CouncilMail {

  private static final String TEMPLATES = "council/";

  private final MailComposer composer;
  private final PersonRepository people;
  private final Coordinators coordinators;
  private final CouncilLinks links;
  private final CheckIns checkIns;

  CouncilMail(MailComposer composer, PersonRepository people, Coordinators coordinators, CouncilLinks links,
      CheckIns checkIns) {
    this.composer = composer;
    this.people = people;
    this.coordinators = coordinators;
    this.links = links;
    this.checkIns = checkIns;
  }

  /** The request to one mentor: topic and goals, every slot with its one-click link, and "none of these". */
  void availabilityRequest(MailStep step, CouncilSession council, CouncilMentor mentor) {
    Person person = person(mentor.getMentorId());
    Recipient to = Recipient.of(person);
    composer.compose(step.key(to, "availability-request#" + council.getRound()), to,
        TEMPLATES + "availability-request", answerModel(council, mentor));
  }

  /** A reminder to a mentor who has not answered yet, firmer each time; the last one copies the coordinators. */
  void reminder(MailStep step, CouncilSession council, CouncilMentor mentor, Reminder reminder, Instant now) {
    Person person = person(mentor.getMentorId());
    Recipient to = Recipient.of(person);
    Map<String, Object> model = answerModel(council, mentor);
    model.put("hoursLeft", Math.max(1, Duration.between(now, council.getResponseDeadline()).toHours()));
    composer.compose(step.key(to, reminder.purpose() + "#" + council.getRound()), to, TEMPLATES + reminder.template(),
        model);
    if (reminder == Reminder.FINAL) {
      Map<String, Object> copy = coordinatorModel(council);
      copy.put("mentor", person);
      copy.put("hoursLeft", model.get("hoursLeft"));
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
    model.put("mentee", person(council.getMenteeId()));
    model.put("lead", mentor.isLead());
    model.put("slots", slots);
    model.put("noneUrl", links.noneOfThese(council, mentor.getMentorId()));
    model.put("deadline", council.getResponseDeadline());
    return model;
  }

  /** The coordinators are asked to step in. */
  void coordinationNeeded(MailStep step, CouncilSession council) {
    Map<String, Object> model = coordinatorModel(council);
    model.put("reason", council.getCoordinationReason().map(CoordinationReason::explanation).orElse(""));
    toCoordinators(step, "coordination-needed#" + council.getEscalations(), "coordination-needed", model);
  }

  /** The mentee hears that finding a time takes a little longer, and that nothing is needed from them. */
  void menteeDelay(MailStep step, CouncilSession council) {
    Person mentee = person(council.getMenteeId());
    Recipient to = Recipient.of(mentee);
    composer.compose(step.key(to, "mentee-delay#" + council.getEscalations()), to, TEMPLATES + "mentee-delay",
        Map.of("council", council, "droppedOut",
            council.getCoordinationReason().orElse(null) == CoordinationReason.MENTOR_DROPPED_OUT));
  }

  /** Mentors who answered but are not in the session: thank you. */
  void thankUnneededMentors(MailStep step, CouncilSession council) {
    Person mentee = person(council.getMenteeId());
    for (CouncilMentor mentor : council.activeMentors()) {
      if (mentor.isSelected() || !mentor.hasAnswered()) {
        continue;
      }
      Recipient to = Recipient.of(person(mentor.getMentorId()));
      composer.compose(step.key(to, "thank-you"), to, TEMPLATES + "thank-you",
          Map.of("council", council, "mentee", mentee));
    }
  }

  /** The selected mentors get what helps them prepare: topic, goals and questions, and who else comes. */
  void preparationMaterials(MailStep step, CouncilSession council, TimeSlot slot) {
    Person mentee = person(council.getMenteeId());
    List<CouncilMentor> selected = council.selectedMentors();
    Map<UUID, Person> persons = persons(selected.stream().map(CouncilMentor::getMentorId).toList());
    for (CouncilMentor mentor : selected) {
      Recipient to = Recipient.of(persons.get(mentor.getMentorId()));
      List<Person> others = selected.stream().filter(m -> m != mentor).map(m -> persons.get(m.getMentorId())).toList();
      Person lead = council.lead().map(m -> persons.get(m.getMentorId())).orElse(null);
      Map<String, Object> model = new HashMap<>();
      model.put("council", council);
      model.put("mentee", mentee);
      model.put("slot", slot);
      model.put("others", others);
      model.put("lead", lead);
      model.put("isLead", mentor.isLead());
      composer.compose(step.key(to, "preparation"), to, TEMPLATES + "preparation", model);
    }
  }

  /** The reminder before the session, to the mentee and the selected mentors, each with their own join link. */
  void sessionReminder(MailStep step, CouncilSession council, TimeSlot slot, Duration before) {
    List<UUID> participants = new ArrayList<>();
    participants.add(council.getMenteeId());
    council.selectedMentors().forEach(m -> participants.add(m.getMentorId()));
    for (UUID id : participants) {
      Person person = person(id);
      Recipient to = Recipient.of(person);
      Map<String, Object> model = new HashMap<>();
      model.put("council", council);
      model.put("slot", slot);
      model.put("isMentee", id.equals(council.getMenteeId()));
      model.put("joinUrl", checkIns.joinUrl(SessionKind.COUNCIL, council.getId(), id, slot.end()));
      model.put("before", CouncilRules.hours(before));
      composer.compose(step.key(to, "session-reminder-" + before + "@" + slot.start()), to,
          TEMPLATES + "session-reminder", model);
    }
  }

  private Map<String, Object> coordinatorModel(CouncilSession council) {
    Map<String, Object> model = new HashMap<>();
    model.put("council", council);
    model.put("mentee", person(council.getMenteeId()));
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

  private Person person(UUID id) {
    return people.findById(id).orElseThrow(() -> new IllegalStateException("Person " + id + " is gone"));
  }

  private Map<UUID, Person> persons(List<UUID> ids) {
    return people.findAllById(ids).stream().collect(Collectors.toMap(Person::getId, Function.identity()));
  }

  /** A proposed slot with the link that answers "I can make this one". */
  record SlotLink(TimeSlot slot, String url) {}

  /** The three reminders, each firmer than the last. */
  enum Reminder {
    FIRST("reminder-first"),
    SECOND("reminder-second"),
    FINAL("reminder-final");

    private final String template;

    Reminder(String template) {
      this.template = template;
    }

    String template() {
      return template;
    }

    String purpose() {
      return template;
    }
  }
}
