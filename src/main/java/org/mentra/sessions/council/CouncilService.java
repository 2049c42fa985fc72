package org.mentra.sessions.council;

import org.mentra.sessions.shared.NotFound;
import org.mentra.sessions.shared.Conflict;
import org.mentra.sessions.shared.Refused;
import org.mentra.sessions.shared.InvalidInput;
import org.mentra.sessions.shared.FieldProblem;
import static org.mentra.sessions.council.CouncilVariables.CANCELLATION_REASON;
import static org.mentra.sessions.council.CouncilVariables.COUNCIL_ID;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.mentra.sessions.engine.Correlation;
import org.mentra.sessions.engine.MessageCorrelator;
import org.mentra.sessions.people.PeopleService;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.retry.RetryOnConflict;
import org.mentra.sessions.safety.BlockService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.mentra.sessions.council.domain.CouncilMentor;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.council.domain.CouncilSessionRepository;
import org.mentra.sessions.council.domain.CouncilStatus;
import org.mentra.sessions.shared.TimeRange;

/**
 * Booking councils: the one validated path every request takes (API or Tasklist start form), the
 * plan and monthly-limit checks, and the commands that come from outside a running process
 * (cancel, drop out).
 */
@Service
@RetryOnConflict
public class CouncilService {

  /** The longest note a mentor who drops out can leave (the column's size). */
  public static final int MAX_DROP_OUT_NOTE_LENGTH = 2000;

  private final CouncilSessionRepository councils;
  private final PersonRepository people;
  private final PeopleService peopleService;
  private final MentorMatching matching;
  private final BlockService blocks;
  private final RuntimeService runtime;
  private final MessageCorrelator correlator;
  private final CouncilProperties properties;
  private final Clock clock;

  CouncilService(CouncilSessionRepository councils, PersonRepository people, PeopleService peopleService,
      MentorMatching matching, BlockService blocks, RuntimeService runtime, MessageCorrelator correlator,
      CouncilProperties properties, Clock clock) {
    this.blocks = blocks;
    this.councils = councils;
    this.people = people;
    this.peopleService = peopleService;
    this.matching = matching;
    this.runtime = runtime;
    this.correlator = correlator;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * The API path: registers the council and starts its process (business key = council id) in one
   * transaction, so a council without a process, or the reverse, never exists.
   */
  @Transactional
  public CouncilSession request(CouncilRequest request, String requestedBy) {
    CouncilSession council = register(request, requestedBy);
    runtime.startProcessInstanceByMessage(CouncilMessage.COUNCIL_REQUESTED.messageName(), council.getId().toString(),
        COUNCIL_ID.putInto(new HashMap<>(), council.getId()));
    return council;
  }

  /**
   * Checks the request and stores it with the mentee's picks: 400 for bad input (every problem at
   * once), 403 when the mentee's plan has no councils, the mentee is paused or the month's limit is
   * reached.
   */
  @Transactional
  public CouncilSession register(CouncilRequest request, String requestedBy) {
    Instant now = clock.instant();
    Person mentee = people.findById(request.menteeId()).orElse(null);
    Map<UUID, Person> mentors = people.findAllById(request.mentorIds()).stream()
        .collect(Collectors.toMap(Person::getId, Function.identity()));
    List<FieldProblem> problems = new ArrayList<>(CouncilRules.check(request, mentee, mentors, now, properties));
    if (problems.isEmpty()) {
      problems.addAll(blockedPicks(mentee.getId(), request.mentorIds()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput("The council request cannot be registered as it is.", problems);
    }
    ensureMayBook(mentee, now);
    CouncilSession council = councils.save(new CouncilSession(mentee.getId(), request.topic().strip(),
        request.goals(), request.questions(), request.proposedSlots(),
        request.mentorMinimum(), request.mentorMaximum(), now.plus(properties.responseDeadline()), requestedBy, now));
    matching.addPicks(council, mentee, request.mentorIds().stream().map(mentors::get).toList(),
        request.leadMentorId());
    return council;
  }

  /**
   * The Tasklist path: a coordinator's start form, with people by email, into the same checks; a
   * refused request raises the same {@link org.mentra.sessions.shared.DomainException} (the form says it in its words).
   */
  @Transactional
  public CouncilSession register(CouncilStartForm form, String requestedBy) {
    List<FieldProblem> problems = new ArrayList<>();
    UUID menteeId = idOf(form.menteeEmail(), "menteeEmail", problems);
    List<UUID> mentorIds = new ArrayList<>();
    for (String email : form.mentorEmails()) {
      Optional.ofNullable(idOf(email, "mentorEmails", problems)).ifPresent(mentorIds::add);
    }
    UUID leadId = form.leadMentorEmail() == null ? null : idOf(form.leadMentorEmail(), "leadMentorEmail", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInput("The council request cannot be registered as it is.", problems);
    }
    List<TimeRange> slots = form.slotStarts().stream()
        .map(start -> TimeRange.starting(start, properties.sessionLength())).toList();
    return register(new CouncilRequest(menteeId, form.topic(), form.goals(), form.questions(), slots, mentorIds,
        leadId, form.mentorMinimum(), form.mentorMaximum()), requestedBy);
  }

  /**
   * A pick blocked with the mentee or with an earlier pick (either direction) cannot be in this council. The
   * words do not say who blocked whom: the mentee may be the one who was blocked.
   */
  private List<FieldProblem> blockedPicks(UUID menteeId, List<UUID> mentorIds) {
    List<FieldProblem> problems = new ArrayList<>();
    for (int i = 0; i < mentorIds.size(); i++) {
      UUID id = mentorIds.get(i);
      boolean withMentee = blocks.between(menteeId, id);
      boolean withPick = mentorIds.subList(0, i).stream().anyMatch(earlier -> blocks.between(earlier, id));
      if (withMentee || withPick) {
        problems.add(new FieldProblem("mentorIds[" + i + "]", "cannot be asked for this council"
            + (withMentee ? "" : " together with the mentors listed before") + "; please pick another mentor"));
      }
    }
    return problems;
  }

  private UUID idOf(String email, String field, List<FieldProblem> problems) {
    if (email == null || email.isBlank()) {
      problems.add(new FieldProblem(field, "an email address is required"));
      return null;
    }
    Optional<Person> person = people.findByEmailIgnoreCase(email.strip());
    if (person.isEmpty()) {
      problems.add(new FieldProblem(field, "nobody with the email " + email.strip() + " is registered"));
    }
    return person.map(Person::getId).orElse(null);
  }

  /** Only the COUNCIL plan books councils, within its monthly limit, and not while paused. */
  private void ensureMayBook(Person mentee, Instant now) {
    int limit = properties.monthlyLimit(mentee.getPlan());
    if (limit <= 0) {
      throw new Refused("plan-required", "Council plan required",
          "Council sessions are part of the Council plan; " + mentee.getDisplayName() + "'s plan is "
              + mentee.getPlan().words() + ".", Map.of("plan", mentee.getPlan(), "requiredPlan", Plan.COUNCIL));
    }
    peopleService.ensureNotPaused(mentee);
    Instant monthStart = now.atZone(mentee.zone()).withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).toInstant();
    long booked = councils.countBookedSince(mentee.getId(), monthStart);
    if (booked >= limit) {
      throw new Refused("council-limit-reached", "Monthly council limit reached",
          mentee.getDisplayName() + " has booked " + booked + " of " + limit
              + " councils this month; the next one can be booked from the 1st of next month.",
          Map.of("limit", limit, "booked", booked));
    }
  }

  @Transactional(readOnly = true)
  public CouncilSession get(UUID id) {
    return councils.getOrFail(id);
  }

  /**
   * Cancels the council through its process, which ends every open task and timer and sends the
   * cancellations. 409 when the council has already ended.
   */
  public void cancel(UUID id, String reason) {
    CouncilSession council = get(id);
    if (!council.getStatus().isOpen()) {
      throw new Conflict("The council is already " + council.getStatus().words() + ".");
    }
    boolean delivered = correlator.correlateNow(Correlation.of(CouncilMessage.COUNCIL_CANCELLED, id.toString())
        .with(CANCELLATION_REASON, reason == null || reason.isBlank() ? "cancelled on request" : reason.strip()));
    if (!delivered) {
      throw new Conflict("The council can no longer be cancelled: its process has ended.");
    }
  }

  /**
   * A mentor dropped out of the confirmed council (by the link in their confirmation). Recorded at
   * once; the process then decides whether the council still goes ahead.
   *
   * @throws org.mentra.sessions.shared.DomainException 409 when the council is not confirmed or has started, 404 when the person
   *     is not one of its confirmed mentors
   */
  @Transactional
  public void dropOut(UUID councilId, UUID mentorId, String note) {
    if (note != null && note.strip().length() > MAX_DROP_OUT_NOTE_LENGTH) {
      throw InvalidInput.of("note", "must be at most " + MAX_DROP_OUT_NOTE_LENGTH + " characters");
    }
    CouncilSession council = get(councilId);
    Instant now = clock.instant();
    if (council.getStatus() != CouncilStatus.CONFIRMED) {
      throw new Conflict("The council is not confirmed (it is "
          + council.getStatus().words() + ").");
    }
    TimeRange slot = council.scheduledSlot().orElseThrow();
    if (!now.isBefore(slot.start())) {
      throw new Conflict("The council has already started.");
    }
    CouncilMentor mentor = council.activeMentor(mentorId).filter(CouncilMentor::isSelected)
        .orElseThrow(() -> new NotFound("Confirmed mentor of this council", mentorId));
    mentor.dropOut(note, now);
    correlator.correlateAfterCommit(Correlation.of(CouncilMessage.MENTOR_DROPPED_OUT, councilId.toString()));
  }
}
