package org.mentra.sessions.council.web;

import org.mentra.sessions.shared.FieldProblem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mentra.sessions.links.ConcernContext;
import org.mentra.sessions.links.LinkPage;
import org.mentra.sessions.links.LinkRejected;
import org.mentra.sessions.links.LinkToken;
import org.mentra.sessions.links.OneClickHandler;
import org.mentra.sessions.mail.DurationWords;
import org.mentra.sessions.mail.LocalTimes;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.shared.InvalidInput;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.mentra.sessions.council.domain.Availability;
import org.mentra.sessions.council.domain.CouncilMentor;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.council.domain.CouncilSessionRepository;
import org.mentra.sessions.council.domain.CouncilStatus;
import org.mentra.sessions.council.domain.MentorResponse;
import org.mentra.sessions.shared.TimeRange;
import org.mentra.sessions.council.CouncilAvailabilityService;
import org.mentra.sessions.council.mail.CouncilMail;
import org.mentra.sessions.council.CouncilProperties;
import org.mentra.sessions.council.MentorAnswer;
import org.mentra.sessions.council.MentorCalendars;
import org.mentra.sessions.council.MentorCalendars.SlotsBusy;

/**
 * The links of an availability request ("I can make this one", "None of these"). Each opens the
 * same page: every proposed slot to mark available, maybe or not, with the clicked one pre-selected
 * on top of earlier answers; alternatives and a note; one confirm button. The links work, and
 * answers may change, until the round's deadline.
 */
@Component
class CouncilAvailabilityLinkHandler implements OneClickHandler {

  static final int ALTERNATIVE_FIELDS = 3;
  private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private final CouncilSessionRepository councils;
  private final PersonRepository people;
  private final CouncilAvailabilityService availability;
  private final CouncilProperties properties;
  private final Clock clock;
  private final MentorCalendars calendars;

  CouncilAvailabilityLinkHandler(CouncilSessionRepository councils, PersonRepository people, CouncilAvailabilityService availability,
      CouncilProperties properties, Clock clock, MentorCalendars calendars) {
    this.calendars = calendars;
    this.councils = councils;
    this.people = people;
    this.availability = availability;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public String purpose() {
    return CouncilLinks.AVAILABILITY;
  }

  /** Reusable until the deadline: a mentor may come back and change the answer. */
  @Override
  public boolean singleUse() {
    return false;
  }

  @Override
  public Optional<ConcernContext> concern(LinkToken token) {
    return Optional.of(ConcernContext.council(CouncilLinks.RoundSubject.of(token).councilId()));
  }

  @Override
  public LinkPage show(LinkToken token) {
    Answering answering = answering(token);
    CouncilSession council = answering.council();
    CouncilMentor mentor = answering.mentor();
    Person person = answering.person();
    LocalTimes times = new LocalTimes(person.zone(), person.locale());
    int clicked = CouncilLinks.slotIndex(token);

    // Read-only and unlocked: the mentor's calendar may take a moment.
    SlotsBusy busy = calendars.forSlots(person.getId(), council.getProposedSlots());
    List<AvailabilityPage.SlotRow> slots = new ArrayList<>();
    for (int i = 0; i < council.getProposedSlots().size(); i++) {
      TimeRange slot = council.getProposedSlots().get(i);
      boolean busyThen = busy.during(slot);
      String earlier = mentor.answerFor(slot.start()).map(Enum::name).orElse("");
      // A click on a slot the calendar shows busy pre-selects nothing (not "Maybe", which would be an answer
      // the mentor never gave): they choose it themselves. Their own earlier answer stays as it was.
      String selected = i == clicked ? (busyThen ? earlier : Availability.AVAILABLE.name())
          : clicked < 0 ? Availability.UNAVAILABLE.name()
          : earlier;
      slots.add(new AvailabilityPage.SlotRow("slot-" + i, times.range(slot.start(), slot.end()), selected, busyThen));
    }
    List<String> alternatives = new ArrayList<>();
    for (int k = 0; k < ALTERNATIVE_FIELDS; k++) {
      alternatives.add(k < mentor.getAlternatives().size()
          ? LOCAL_INPUT.format(mentor.getAlternatives().get(k).start().atZone(person.zone())) : "");
    }
    return LinkPage.of(new AvailabilityPage("Your hours for " + council.getTopic(), CouncilMail.firstName(person),
        people.findById(council.getMenteeId()).map(CouncilMail::firstName).orElse(""), council.getTopic(),
        council.getGoals(), person.getTimeZone(), slots, List.of(Availability.values()), alternatives,
        DurationWords.exactly(properties.sessionLength()), mentor.getConflictNote().orElse(""), clicked < 0,
        times.dateTime(council.getResponseDeadline()), busy.problem()));
  }

  @Override
  public LinkPage apply(LinkToken token, MultiValueMap<String, String> form) {
    Answering answering = answering(token);
    CouncilSession council = answering.council();
    Person person = answering.person();
    List<MentorAnswer.SlotAnswer> slots = new ArrayList<>();
    for (int i = 0; i < council.getProposedSlots().size(); i++) {
      String value = form.getFirst("slot-" + i);
      if (value != null && !value.isBlank()) {
        slots.add(new MentorAnswer.SlotAnswer(council.getProposedSlots().get(i).start(), availabilityOf(value)));
      }
    }
    List<TimeRange> alternatives = new ArrayList<>();
    for (int k = 0; k < ALTERNATIVE_FIELDS; k++) {
      String value = form.getFirst("alternative-" + k);
      if (value != null && !value.isBlank()) {
        alternatives.add(TimeRange.starting(localInput(value, person.zone()), properties.sessionLength()));
      }
    }
    String note = form.getFirst("note");
    try {
      availability.answer(council.getId(), person.getId(), new MentorAnswer(slots, note == null ? "" : note, alternatives));
    } catch (InvalidInput e) {
      throw LinkRejected.invalidAnswer(inWords(e)); // in the page's words; other refusals read as they are
    }
    LocalTimes times = new LocalTimes(person.zone(), person.locale());
    return LinkPage.done("Thank you, " + CouncilMail.firstName(person) + "!",
        "Your answer is saved. You can change it until " + times.dateTime(council.getResponseDeadline())
            + " with any of the links in the email.");
  }

  /** The council, mentor and person behind a link, if the link may still be used for answering. */
  private Answering answering(LinkToken token) {
    CouncilLinks.RoundSubject subject = CouncilLinks.RoundSubject.of(token);
    CouncilSession council = councils.findById(subject.councilId()).orElseThrow(LinkRejected::notForYou);
    CouncilMentor mentor = council.activeMentor(token.personId()).orElseThrow(LinkRejected::notForYou);
    Person person = people.findById(token.personId()).orElseThrow(LinkRejected::notForYou);
    if (council.getStatus() != CouncilStatus.COLLECTING_AVAILABILITY) {
      throw LinkRejected.tooLate("Thank you! Answers for this council are closed: "
          + (council.getStatus() == CouncilStatus.CANCELLED ? "it was cancelled."
              : "it has been arranged, or a coordinator is arranging it. You'll hear from us if you are needed."));
    }
    if (subject.round() != council.getRound()) {
      throw LinkRejected.tooLate("The request has changed since this email. Please use the links in our most recent "
          + "email about this council.");
    }
    if (mentor.getResponse() == MentorResponse.NO_RESPONSE || !clock.instant().isBefore(council.getResponseDeadline())) {
      throw LinkRejected.tooLate("The deadline for answers has passed. If you'd still like to help, reply to the "
          + "email and a coordinator will get back to you.");
    }
    return new Answering(council, mentor, person);
  }

  private static Availability availabilityOf(String value) {
    try {
      return Availability.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw LinkRejected.invalidAnswer("We did not understand the answer " + LinkRejected.quoted(value)
          + " for one of the times. For each time, choose one of the answers the page shows ("
          + Arrays.stream(Availability.values()).map(a -> "“" + a.label() + "”").collect(Collectors.joining(", "))
          + ").");
    }
  }

  private static Instant localInput(String value, ZoneId zone) {
    try {
      return LocalDateTime.parse(value.strip(), LOCAL_INPUT).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      throw LinkRejected.invalidAnswer(LinkRejected.quoted(value) + " is not a date and time you could propose.");
    }
  }

  /** The service's field problems in the page's words: "Your proposed time 2 must be …". */
  private static String inWords(InvalidInput e) {
    if (e.problems().isEmpty()) {
      return e.detail();
    }
    List<String> sentences = new ArrayList<>();
    for (FieldProblem p : e.problems()) {
      sentences.add(p.field().equals("answers") ? "Please choose an answer for at least one of the times."
          : fieldInWords(p.field()) + " " + p.message() + ".");
    }
    return String.join(" ", sentences);
  }

  private static String fieldInWords(String field) {
    if (field.startsWith("alternativeProposals[")) {
      int index = Integer.parseInt(field.substring("alternativeProposals[".length(), field.indexOf(']')));
      return "Your proposed time " + (index + 1);
    }
    return field.equals("conflictNote") ? "Your note" : "Your answer";
  }

  private record Answering(CouncilSession council, CouncilMentor mentor, Person person) {}
}
