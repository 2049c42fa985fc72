package org.mentra.sessions.council;

import org.mentra.sessions.shared.NotFound;
import org.mentra.sessions.shared.Conflict;
import org.mentra.sessions.shared.InvalidInput;
import org.mentra.sessions.shared.FieldProblem;
import static org.mentra.sessions.council.CouncilVariables.MENTOR_ID;
import static org.mentra.sessions.council.CouncilVariables.ROUND;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.council.mail.Reminder;
import org.mentra.sessions.engine.Correlation;
import org.mentra.sessions.engine.MessageCorrelator;
import org.mentra.sessions.mail.MailStep;
import org.mentra.sessions.retry.RetryOnConflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.mentra.sessions.council.domain.Availability;
import org.mentra.sessions.council.domain.CouncilMentor;
import org.mentra.sessions.council.domain.CouncilMentorRepository;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.council.domain.CouncilSessionRepository;
import org.mentra.sessions.council.domain.CouncilStatus;
import org.mentra.sessions.council.domain.MentorResponse;
import org.mentra.sessions.shared.TimeRange;
import org.mentra.sessions.council.mail.CouncilMail;

/**
 * Collecting the mentors' availability: who is asked in a round, their answers (from the one-click
 * page or the API, with the same effect), reminders to those who have not answered and the cut-off
 * at the deadline.
 *
 * <p>An answer is stored here and the mentor's branch of the process is told after commit, only
 * for the first answer of a round; later changes just update the stored answer. The mentor's row
 * is locked while an answer is taken, so a double click or a click racing the deadline timer sees
 * what the other did.
 */
@Service
@RetryOnConflict
public class CouncilAvailabilityService {

  static final int MAX_ALTERNATIVES = 5;
  static final int MAX_NOTE_LENGTH = 2000;

  private final CouncilSessionRepository councils;
  private final CouncilMentorRepository councilMentors;
  private final MessageCorrelator correlator;
  private final CouncilMail mail;
  private final CouncilProperties properties;
  private final Clock clock;
  private final EntityManager entityManager;
  private final MentorCalendars calendars;

  CouncilAvailabilityService(CouncilSessionRepository councils, CouncilMentorRepository councilMentors,
      MessageCorrelator correlator, CouncilMail mail, CouncilProperties properties, Clock clock,
      EntityManager entityManager, MentorCalendars calendars) {
    this.calendars = calendars;
    this.properties = properties;
    this.entityManager = entityManager;
    this.councils = councils;
    this.councilMentors = councilMentors;
    this.correlator = correlator;
    this.mail = mail;
    this.clock = clock;
  }

  /** The mentors the current round asks: active ones without an answer, as ids for the diagram's branches. */
  @Transactional(readOnly = true)
  public List<String> mentorsToAsk(UUID councilId) {
    return councils.getOrFail(councilId).activeMentors().stream()
        .filter(m -> m.getResponse() == MentorResponse.PENDING)
        .map(m -> m.getMentorId().toString())
        .toList();
  }

  /** The round the council is in, and until when it may be answered. */
  @Transactional(readOnly = true)
  public Round round(UUID councilId) {
    CouncilSession council = councils.getOrFail(councilId);
    return new Round(council.getRound(), council.getResponseDeadline());
  }

  /**
   * Sends a mentor this round's request, each slot the mentor's calendar shows them busy in marked.
   * The calendar is read first, before anything is written (no row is locked while a feed is fetched).
   */
  @Transactional
  public void ask(MailStep step, UUID councilId, UUID mentorId) {
    CouncilSession council = councils.getOrFail(councilId);
    CouncilMentor mentor = council.activeMentor(mentorId).orElseThrow();
    MentorCalendars.SlotsBusy busy = calendars.forSlots(mentorId, council.getProposedSlots());
    mentor.asked(council.getRound(), clock.instant());
    mail.availabilityRequest(step, council, mentor, busy);
  }

  /** Reminds a mentor who has not answered yet, while the deadline is ahead. */
  @Transactional
  public void remind(MailStep step, UUID councilId, UUID mentorId, Reminder reminder) {
    CouncilSession council = councils.getOrFail(councilId);
    Instant now = clock.instant();
    council.activeMentor(mentorId)
        .filter(m -> m.getResponse() == MentorResponse.PENDING && now.isBefore(council.getResponseDeadline()))
        .ifPresent(mentor -> {
          MentorCalendars.SlotsBusy busy = calendars.forSlots(mentorId, council.getProposedSlots());
          mentor.reminded(now);
          mail.reminder(step, council, mentor, reminder, now, busy);
        });
  }

  /** The deadline passed: a mentor who has not answered is marked NO_RESPONSE. */
  @Transactional
  public void markNoResponse(UUID councilId, UUID mentorId) {
    locked(councilId, mentorId)
        .filter(m -> m.getResponse() == MentorResponse.PENDING)
        .ifPresent(CouncilMentor::markNoResponse);
  }

  /**
   * Takes a mentor's answer: per-slot answers add to earlier ones, a note or list of alternatives
   * replaces the earlier one. Answers may change until the deadline.
   *
   * @throws org.mentra.sessions.shared.DomainException 404 when the mentor is not part of the council, 409 when the council no
   *     longer collects answers or the deadline has passed, 400 for answers that make no sense
   */
  @Transactional
  public CouncilMentor answer(UUID councilId, UUID mentorId, MentorAnswer answer) {
    CouncilSession council = councils.getOrFail(councilId);
    Instant now = clock.instant();
    if (council.getStatus() != CouncilStatus.COLLECTING_AVAILABILITY) {
      throw new Conflict("This council no longer collects answers (it is "
          + council.getStatus().words() + ").");
    }
    if (!now.isBefore(council.getResponseDeadline())) {
      throw new Conflict("The deadline for answers passed at "
          + CouncilRules.format(council.getResponseDeadline()) + ".");
    }
    CouncilMentor mentor = locked(councilId, mentorId).filter(CouncilMentor::isActive)
        .orElseThrow(() -> new NotFound("Mentor of this council", mentorId));
    if (mentor.getResponse() == MentorResponse.NO_RESPONSE) {
      throw new Conflict("The deadline for your answer has passed.");
    }
    Map<Instant, Availability> slotAnswers = checked(council, answer, now);
    boolean firstAnswer = mentor.getResponse() == MentorResponse.PENDING;
    mentor.answer(slotAnswers, answer.conflictNote(), answer.alternatives(), now);
    if (firstAnswer) {
      correlator.correlateAfterCommit(Correlation.of(CouncilMessage.AVAILABILITY_ANSWERED, councilId.toString())
          .where(MENTOR_ID, mentorId)
          .where(ROUND, council.getRound()));
    }
    return mentor;
  }

  private Map<Instant, Availability> checked(CouncilSession council, MentorAnswer answer, Instant now) {
    List<FieldProblem> problems = new ArrayList<>();
    Map<Instant, Availability> slotAnswers = new LinkedHashMap<>();
    if (answer.slots().isEmpty()) {
      problems.add(new FieldProblem("answers", "answer at least one proposed slot"));
    }
    for (int i = 0; i < answer.slots().size(); i++) {
      MentorAnswer.SlotAnswer slot = answer.slots().get(i);
      if (council.proposedSlotStarting(slot.slotStart()).isEmpty()) {
        problems.add(new FieldProblem("answers[" + i + "].slotStart", "is not the start of a proposed slot"));
      } else if (slotAnswers.put(slot.slotStart(), slot.answer()) != null) {
        problems.add(new FieldProblem("answers[" + i + "].slotStart", "is answered twice"));
      }
    }
    List<TimeRange> alternatives = answer.alternatives() == null ? List.of() : answer.alternatives();
    if (alternatives.size() > MAX_ALTERNATIVES) {
      problems.add(new FieldProblem("alternativeProposals", "propose at most " + MAX_ALTERNATIVES + " times"));
    }
    Instant latestStart = CouncilRules.latestStart(now, properties);
    for (int i = 0; i < alternatives.size(); i++) {
      TimeRange alternative = alternatives.get(i);
      String name = "alternativeProposals[" + i + "]";
      CouncilRules.lengthProblem(name, alternative, properties.sessionLength()).ifPresent(problems::add);
      if (!alternative.start().isAfter(now)) {
        problems.add(new FieldProblem(name + ".start", "must be in the future"));
      } else if (alternative.start().isAfter(latestStart)) {
        problems.add(new FieldProblem(name + ".start", CouncilRules.tooFarAhead(latestStart)));
      }
    }
    if (answer.conflictNote() != null && answer.conflictNote().length() > MAX_NOTE_LENGTH) {
      problems.add(new FieldProblem("conflictNote", "must be at most " + MAX_NOTE_LENGTH + " characters"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput("The answer cannot be taken as it is.", problems);
    }
    return slotAnswers;
  }

  /**
   * The mentor's row, read afresh and locked until the transaction ends: a double click, or a click
   * racing the deadline timer, waits here and then sees what the first one did (even when this
   * transaction had read the row before).
   */
  private Optional<CouncilMentor> locked(UUID councilId, UUID mentorId) {
    if (councilMentors.lockRow(councilId, mentorId).isEmpty()) {
      return Optional.empty();
    }
    return councilMentors.find(councilId, mentorId)
        .map(mentor -> {
          entityManager.refresh(mentor);
          return mentor;
        });
  }

  /** A round of asking: its number and deadline. */
  public record Round(int number, Instant deadline) {}
}
