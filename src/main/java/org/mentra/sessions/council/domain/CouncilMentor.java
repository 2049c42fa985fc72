package org.mentra.sessions.council.domain;

import org.mentra.sessions.shared.TimeRange;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One mentor of one council: why they were chosen (priority score and its reasons), what they
 * answered for each proposed slot, and whether they are in the confirmed session. Answers of
 * different mentors are separate rows, so mentors answering at the same moment never collide.
 */
@Entity
@Table(name = "council_mentor")
public class CouncilMentor {

  private static final String REASON_SEPARATOR = "\n";

  @Id
  private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "council_id")
  private CouncilSession council;

  @Column(name = "mentor_id", nullable = false)
  private UUID mentorId;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private boolean lead;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MentorSource source;

  @Column(name = "priority_score", nullable = false)
  private double priorityScore;

  @Column(name = "score_reasons", nullable = false)
  private String scoreReasons;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MentorState state;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MentorResponse response;

  @Column(name = "asked_in_round")
  private Integer askedInRound;

  @Column(name = "requested_at")
  private Instant requestedAt;

  @Column(name = "responded_at")
  private Instant respondedAt;

  @Column(name = "conflict_note")
  private String conflictNote;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "council_mentor_answer", joinColumns = @JoinColumn(name = "council_mentor_id"))
  @MapKeyColumn(name = "slot_start")
  @Column(name = "answer", nullable = false)
  @Enumerated(EnumType.STRING)
  private Map<Instant, Availability> answers = new HashMap<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "council_mentor_alternative", joinColumns = @JoinColumn(name = "council_mentor_id"))
  @OrderColumn(name = "position")
  @AttributeOverride(name = "start", column = @Column(name = "slot_start", nullable = false))
  @AttributeOverride(name = "end", column = @Column(name = "slot_end", nullable = false))
  private List<TimeRange> alternatives = new ArrayList<>();

  @Column(name = "reminders_sent", nullable = false)
  private int remindersSent;

  @Column(name = "last_reminder_at")
  private Instant lastReminderAt;

  @Column(nullable = false)
  private boolean selected;

  @Column(name = "dropped_out_at")
  private Instant droppedOutAt;

  @Column(name = "drop_out_note")
  private String dropOutNote;

  /** Null until first stored: save() then inserts (a merge would overwrite a row inserted meanwhile). */
  @Version
  private Long version;

  protected CouncilMentor() {}

  CouncilMentor(CouncilSession council, UUID mentorId, int position, MentorSource source, double priorityScore,
      List<String> reasons) {
    this.id = UUID.randomUUID();
    this.council = council;
    this.mentorId = mentorId;
    this.position = position;
    this.source = source;
    this.priorityScore = priorityScore;
    this.scoreReasons = String.join(REASON_SEPARATOR, reasons);
    this.state = MentorState.ACTIVE;
    this.response = MentorResponse.PENDING;
  }

  /** Records that the request of this round went out. */
  public void asked(int round, Instant now) {
    askedInRound = round;
    requestedAt = now;
    remindersSent = 0;
    lastReminderAt = null;
  }

  /**
   * Takes an answer: each given slot's answer replaces the earlier one, slots not mentioned keep
   * theirs; a given note or list of alternatives replaces the earlier one.
   */
  public void answer(Map<Instant, Availability> slotAnswers, String note, List<TimeRange> alternativeProposals, Instant now) {
    answers.putAll(slotAnswers);
    if (note != null) {
      conflictNote = note.isBlank() ? null : note.strip();
    }
    if (alternativeProposals != null) {
      alternatives.clear();
      alternatives.addAll(alternativeProposals);
    }
    response = overall();
    respondedAt = now;
  }

  private MentorResponse overall() {
    if (answers.containsValue(Availability.AVAILABLE)) {
      return MentorResponse.AVAILABLE;
    }
    return answers.containsValue(Availability.TENTATIVE) ? MentorResponse.TENTATIVE : MentorResponse.UNAVAILABLE;
  }

  /** The deadline passed without an answer. */
  public void markNoResponse() {
    response = MentorResponse.NO_RESPONSE;
  }

  /** Asked again (a coordinator extended the deadline). */
  public void reopen() {
    response = MentorResponse.PENDING;
  }

  /** The slots changed: earlier answers mean nothing any more. */
  void forgetAnswers() {
    answers.clear();
    alternatives.clear();
    conflictNote = null;
    respondedAt = null;
    response = MentorResponse.PENDING;
    selected = false;
  }

  public void reminded(Instant now) {
    remindersSent++;
    lastReminderAt = now;
  }

  void select(boolean selected) {
    this.selected = selected;
  }

  public void makeLead(boolean lead) {
    this.lead = lead;
  }

  public void replace() {
    state = MentorState.REPLACED;
    selected = false;
    lead = false;
  }

  public void dropOut(String note, Instant now) {
    state = MentorState.DROPPED_OUT;
    droppedOutAt = now;
    dropOutNote = note == null || note.isBlank() ? null : note.strip();
    selected = false;
  }

  public boolean isActive() {
    return state == MentorState.ACTIVE;
  }

  public boolean hasAnswered() {
    return response.isAnswer();
  }

  public Optional<Availability> answerFor(Instant slotStart) {
    return Optional.ofNullable(answers.get(slotStart));
  }

  public UUID getId() {
    return id;
  }

  public CouncilSession getCouncil() {
    return council;
  }

  public UUID getMentorId() {
    return mentorId;
  }

  public boolean isLead() {
    return lead;
  }

  public MentorSource getSource() {
    return source;
  }

  public double getPriorityScore() {
    return priorityScore;
  }

  public List<String> getScoreReasons() {
    return scoreReasons.isEmpty() ? List.of() : Arrays.asList(scoreReasons.split(REASON_SEPARATOR));
  }

  public MentorState getState() {
    return state;
  }

  public MentorResponse getResponse() {
    return response;
  }

  public Optional<Integer> getAskedInRound() {
    return Optional.ofNullable(askedInRound);
  }

  public Optional<Instant> getRequestedAt() {
    return Optional.ofNullable(requestedAt);
  }

  public Optional<Instant> getRespondedAt() {
    return Optional.ofNullable(respondedAt);
  }

  public Optional<String> getConflictNote() {
    return Optional.ofNullable(conflictNote);
  }

  public Map<Instant, Availability> getAnswers() {
    return Map.copyOf(answers);
  }

  public List<TimeRange> getAlternatives() {
    return List.copyOf(alternatives);
  }

  public int getRemindersSent() {
    return remindersSent;
  }

  public boolean isSelected() {
    return selected;
  }

  public Optional<String> getDropOutNote() {
    return Optional.ofNullable(dropOutNote);
  }
}
