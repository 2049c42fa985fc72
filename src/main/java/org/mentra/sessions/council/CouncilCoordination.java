package org.mentra.sessions.council;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.mentra.sessions.council.domain.Availability;
import org.mentra.sessions.council.domain.CoordinationReason;
import org.mentra.sessions.council.domain.CouncilMentor;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.council.domain.CouncilSessionRepository;
import org.mentra.sessions.council.domain.CouncilStatus;
import org.mentra.sessions.council.domain.MentorResponse;
import org.mentra.sessions.people.Coordinators;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.shared.FieldProblem;
import org.mentra.sessions.shared.TimeRange;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's task "Resolve council coordination": what the form shows (every mentor's answers
 * with the reasons they were asked, and the system's suggestions) and the decisions, each checked
 * before it is applied: confirm a chosen hour and mentors (an override of the time selection that
 * must still keep the hard rules), extend the deadline, replace mentors, propose new slots, cancel.
 */
@Service
public class CouncilCoordination {

  static final int MAX_EXTENSION_HOURS = 168;
  /** How the new slots' problems name them (the n-th is newSlots[n - 1]). */
  private static final String NEW_SLOTS = "newSlots";

  private final CouncilSessionRepository councils;
  private final PersonRepository people;
  private final CouncilProperties properties;
  private final Clock clock;
  private final ZoneId coordinatorZone;
  private final EntityManager entityManager;

  CouncilCoordination(CouncilSessionRepository councils, PersonRepository people, CouncilProperties properties,
      Clock clock, Coordinators coordinators, EntityManager entityManager) {
    this.councils = councils;
    this.people = people;
    this.properties = properties;
    this.clock = clock;
    this.coordinatorZone = coordinators.zone();
    this.entityManager = entityManager;
  }

  /** What the coordinator's form shows, as of now. */
  @Transactional(readOnly = true)
  public CoordinationView view(UUID councilId) {
    CouncilSession council = councils.getOrFail(councilId);
    Person mentee = people.getOrFail(council.getMenteeId());
    List<CouncilMentor> mentors = council.activeMentors();
    Map<UUID, String> names = people.findAllById(mentors.stream().map(CouncilMentor::getMentorId).toList()).stream()
        .collect(Collectors.toMap(Person::getId, Person::getDisplayName));
    DateTimeFormatter time = timeFormat();

    // One short row per mentor, the proposed slots by their number ("1 yes · 2 maybe · 3 –"): three columns
    // fit Tasklist's task pane (its table columns are at least 120 px); what mentors wrote has a table of its own.
    List<TimeRange> proposed = council.getProposedSlots();
    List<AnswerRow> answers = new ArrayList<>();
    List<NoteRow> notes = new ArrayList<>();
    for (CouncilMentor mentor : mentors) {
      String name = names.get(mentor.getMentorId()) + (mentor.isLead() ? " (lead)" : "");
      answers.add(new AnswerRow(name, IntStream.range(0, proposed.size())
          .mapToObj(i -> (i + 1) + " " + mentor.answerFor(proposed.get(i).start()).map(Availability::words).orElse("–"))
          .collect(Collectors.joining(" · ")), Math.round(mentor.getPriorityScore())));
      String proposes = mentor.getAlternatives().stream().map(s -> time.format(s.start()))
          .collect(Collectors.joining(", "));
      String wrote = mentor.getConflictNote().orElse("") + (proposes.isEmpty() ? ""
          : (mentor.getConflictNote().isPresent() ? " " : "") + "(Proposes " + proposes + ".)");
      if (!wrote.isBlank()) {
        notes.add(new NoteRow(name, wrote));
      }
    }

    List<CouncilSuggestions.Suggestion> suggestions = CouncilSuggestions.of(council, names, time);

    List<Option> slotOptions = new ArrayList<>();
    choosableSlots(council).forEach((slot, label) -> slotOptions.add(new Option(label, slot.start().toString())));
    List<Option> mentorOptions = mentors.stream()
        .map(m -> new Option(names.get(m.getMentorId()) + " (" + m.getResponse().words()
            + ")", m.getMentorId().toString()))
        .toList();

    StringBuilder summary = new StringBuilder()
        .append("**").append(mentee.getDisplayName()).append("** asked for a council on **")
        .append(council.getTopic()).append("** with ").append(council.getMentorMinimum() == council.getMentorMaximum()
            ? String.valueOf(council.getMentorMinimum())
            : council.getMentorMinimum() + " to " + council.getMentorMaximum()).append(" mentors.\n\n**Why you are asked:** ")
        .append(council.getCoordinationReason().map(CoordinationReason::explanation).orElse(""))
        .append("\n\n**Goals:** ").append(orDash(council.getGoals()))
        .append("\n\n**Questions:** ").append(orDash(council.getQuestions()))
        .append("\n\n**Proposed slots:** ").append(IntStream.range(0, proposed.size())
            .mapToObj(i -> (i + 1) + " " + time.format(proposed.get(i).start())).collect(Collectors.joining(" · ")))
        .append("\n\n");
    if (council.getCoordinationReason().orElse(null) == CoordinationReason.MENTOR_DROPPED_OUT) {
      council.scheduledSlot().ifPresent(slot -> summary.append("**Confirmed so far for:** ")
          .append(time.format(slot.start())).append(" (the invites still stand)\n\n"));
    }
    summary.append("Times are in ").append(coordinatorZone.getId()).append(". Why each mentor was asked, with their ")
        .append("scores, is on [the council's page](/coordination/councils/").append(council.getId()).append(").");
    return new CoordinationView(summary.toString(), answers, notes, suggestions, slotOptions, mentorOptions,
        (int) properties.deadlineExtension().toHours());
  }

  /**
   * Refuses a decision that cannot be carried out, with a message that says what to change.
   *
   * @throws DecisionRejected when the decision breaks a rule
   */
  @Transactional(readOnly = true)
  public void check(UUID councilId, CoordinatorDecision decision) {
    plan(councils.getOrFail(councilId), decision, clock.instant());
  }

  /** Applies a checked decision; returns where the process goes next. */
  @Transactional
  public NextStep apply(UUID councilId, CoordinatorDecision decision, String coordinator) {
    // Locked, then read afresh: a second coordinator completing the same task at the same moment waits here,
    // then finds the council decided and is refused, instead of confirming it (and mailing everyone) twice.
    councils.lockRow(councilId);
    CouncilSession council = councils.getOrFail(councilId);
    entityManager.refresh(council);
    Instant now = clock.instant();
    Runnable change = plan(council, decision, now);
    change.run();
    if (decision.note() != null) {
      council.addCoordinatorNote(coordinator, decision.note(), now);
    }
    return decision.choice().next();
  }

  /** Checks the decision against the council as it is now and returns the change it makes. */
  private Runnable plan(CouncilSession council, CoordinatorDecision decision, Instant now) {
    if (council.getStatus() != CouncilStatus.NEEDS_COORDINATOR) {
      throw new DecisionRejected("The council is no longer waiting for a coordinator.");
    }
    return switch (decision.choice()) {
      case CONFIRM -> confirmation(council, decision, now);
      case EXTEND_DEADLINE -> extension(council, decision, now);
      case REPLACE_MENTORS -> replacement(council, decision, now);
      case NEW_SLOTS -> newSlots(council, decision, now);
      case CANCEL -> () -> { };
    };
  }

  /** The reason a cancelled council gives: the coordinator's note, or a plain default. */
  public static String cancellationReason(CoordinatorDecision decision) {
    return decision.note() == null ? "cancelled by a coordinator" : decision.note();
  }

  /**
   * The override: any proposed slot or mentor's proposal still ahead, and between the minimum and
   * maximum of the council's mentors, none of whom said they cannot make that slot or sits in
   * another confirmed council at that time.
   */
  private Runnable confirmation(CouncilSession council, CoordinatorDecision decision, Instant now) {
    if (decision.chosenSlotStart() == null) {
      throw new DecisionRejected("Choose the hour to confirm.");
    }
    TimeRange slot = choosableSlots(council).keySet().stream()
        .filter(s -> s.start().equals(decision.chosenSlotStart())).findFirst()
        .orElseThrow(() -> new DecisionRejected("The chosen hour is neither a proposed slot nor a mentor's proposal "
            + "that is still ahead."));
    List<UUID> chosen = decision.chosenMentorIds();
    Set<UUID> distinct = new HashSet<>(chosen);
    if (distinct.size() < council.getMentorMinimum() || distinct.size() > council.getMentorMaximum()) {
      throw new DecisionRejected("Choose between " + council.getMentorMinimum() + " and " + council.getMentorMaximum()
          + " mentors; " + distinct.size() + (distinct.size() == 1 ? " is" : " are") + " chosen.");
    }
    List<String> problems = new ArrayList<>();
    Map<UUID, Person> persons = persons(distinct);
    for (UUID id : distinct) {
      Optional<CouncilMentor> mentor = council.activeMentor(id);
      String name = Optional.ofNullable(persons.get(id)).map(Person::getDisplayName).orElse(id.toString());
      if (mentor.isEmpty()) {
        problems.add(name + " is not one of this council's mentors");
      } else if (mentor.get().answerFor(slot.start()).orElse(null) == Availability.UNAVAILABLE) {
        problems.add(name + " said they cannot make " + timeFormat().format(slot.start()));
      }
    }
    councils.findConfirmedWithMentorsBetween(distinct, slot.start(), slot.end(), council.getId()).forEach(other ->
        other.selectedMentors().stream().filter(m -> distinct.contains(m.getMentorId())).forEach(m -> problems.add(
            Optional.ofNullable(persons.get(m.getMentorId())).map(Person::getDisplayName).orElse("A mentor")
                + " is already in another council at that time")));
    if (!problems.isEmpty()) {
      throw new DecisionRejected("This cannot be confirmed: " + String.join("; ", problems) + ".");
    }
    return () -> council.schedule(slot, List.copyOf(distinct));
  }

  private Runnable extension(CouncilSession council, CoordinatorDecision decision, Instant now) {
    List<CouncilMentor> silent = council.activeMentors().stream()
        .filter(m -> m.getResponse() == MentorResponse.NO_RESPONSE).toList();
    if (silent.isEmpty()) {
      throw new DecisionRejected("Every mentor has answered; there is nobody to give more time.");
    }
    Integer hours = decision.extensionHours();
    if (hours == null || hours < 1 || hours > MAX_EXTENSION_HOURS) {
      throw new DecisionRejected("Give the extension in hours, from 1 to " + MAX_EXTENSION_HOURS + ".");
    }
    Instant deadline = usableDeadline(council, now.plus(Duration.ofHours(hours)), now);
    return () -> {
      silent.forEach(CouncilMentor::reopen);
      council.startRound(deadline);
    };
  }

  private Runnable replacement(CouncilSession council, CoordinatorDecision decision, Instant now) {
    if (decision.replaceMentorIds().isEmpty()) {
      throw new DecisionRejected("Choose the mentors to replace.");
    }
    List<CouncilMentor> replaced = new ArrayList<>();
    for (UUID id : new HashSet<>(decision.replaceMentorIds())) {
      replaced.add(council.activeMentor(id)
          .orElseThrow(() -> new DecisionRejected("A mentor to replace is not one of this council's mentors.")));
    }
    Instant deadline = usableDeadline(council, now.plus(properties.responseDeadline()), now);
    return () -> {
      replaced.forEach(CouncilMentor::replace);
      council.startRound(deadline);
    };
  }

  private Runnable newSlots(CouncilSession council, CoordinatorDecision decision, Instant now) {
    List<TimeRange> slots = decision.newSlotStarts().stream()
        .map(start -> TimeRange.starting(start, properties.sessionLength())).toList();
    List<FieldProblem> problems = CouncilRules.slotProblems(slots, NEW_SLOTS,
        CouncilRules.earliestStart(now, properties), CouncilRules.latestStart(now, properties),
        properties.sessionLength());
    if (!problems.isEmpty()) {
      throw new DecisionRejected(FormWords.sentences(problems, CouncilCoordination::newSlotLabel,
          message -> FormWords.numberedReferences(message, NEW_SLOTS, "new slot")));
    }
    Instant deadline = now.plus(properties.responseDeadline());
    return () -> {
      council.replaceSlots(slots);
      council.startRound(deadline);
    };
  }

  /** "New slot 2" for the second new slot's problems, "New slots" for those of them all. */
  private static FormWords.Label newSlotLabel(String field) {
    return FormWords.indexOf(field, NEW_SLOTS).map(i -> FormWords.Label.numbered("New slot", i + 1))
        .orElse(FormWords.Label.of("New slots"));
  }

  /**
   * A new round's deadline must leave the notice period before the last proposed slot; otherwise
   * the coordinator is told to propose new slots.
   */
  private Instant usableDeadline(CouncilSession council, Instant wanted, Instant now) {
    Instant lastStart = council.getProposedSlots().stream().map(TimeRange::start).max(Comparator.naturalOrder())
        .orElseThrow();
    Instant latest = lastStart.minus(properties.noticePeriod());
    Instant deadline = wanted.isAfter(latest) ? latest : wanted;
    if (!deadline.isAfter(now)) {
      throw new DecisionRejected("The proposed slots are too soon to ask mentors again; propose new slots instead.");
    }
    return deadline;
  }

  /** The hours a coordinator may confirm: proposed slots and mentors' proposals still ahead, with labels. */
  private Map<TimeRange, String> choosableSlots(CouncilSession council) {
    Instant now = clock.instant();
    DateTimeFormatter time = timeFormat();
    Map<TimeRange, String> slots = new LinkedHashMap<>();
    council.getProposedSlots().stream().filter(s -> s.start().isAfter(now))
        .forEach(s -> slots.put(s, time.format(s.start()) + " (proposed)"));
    council.activeMentors().stream()
        .flatMap(m -> m.getAlternatives().stream())
        .filter(s -> s.start().isAfter(now))
        .map(s -> TimeRange.starting(s.start(), properties.sessionLength()))
        .sorted(Comparator.comparing(TimeRange::start))
        .forEach(s -> slots.putIfAbsent(s, time.format(s.start()) + " (a mentor's proposal)"));
    return slots;
  }

  private DateTimeFormatter timeFormat() {
    return DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH).withZone(coordinatorZone);
  }

  private Map<UUID, Person> persons(Set<UUID> ids) {
    return people.findAllById(ids).stream().collect(Collectors.toMap(Person::getId, Function.identity()));
  }

  private static String orDash(String text) {
    return text == null || text.isBlank() ? "–" : text;
  }

  /**
   * What the form shows: a summary (Markdown), a table of the mentors' answers, what mentors wrote, a
   * table of suggestions, the hours and mentors to choose from, and the default extension.
   */
  public record CoordinationView(String summary, List<AnswerRow> mentorAnswers, List<NoteRow> mentorNotes,
      List<CouncilSuggestions.Suggestion> suggestions, List<Option> slotOptions, List<Option> mentorOptions,
      int defaultExtensionHours) {}

  /** A row of the form's table of answers: the proposed slots by number ("1 yes · 2 maybe · 3 –"). */
  public record AnswerRow(String mentor, String slots, long score) {}

  /** What a mentor wrote: their note and the times they propose. */
  public record NoteRow(String mentor, String note) {}

  /** A choice of a select or checklist, as Camunda Forms read it. */
  public record Option(String label, String value) {}
}
