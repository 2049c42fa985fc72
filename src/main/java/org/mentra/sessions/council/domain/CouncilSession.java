package org.mentra.sessions.council.domain;

import org.mentra.sessions.shared.TimeRange;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One council: the mentee's request (topic, goals, questions, proposed slots), the mentors asked,
 * and how far the coordination has come. Its id is the business key of its council-session process.
 */
@Entity
@Table(name = "council_session")
public class CouncilSession {

  private static final DateTimeFormatter NOTE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
      .withZone(ZoneOffset.UTC);

  @Id
  private UUID id;

  @Column(name = "mentee_id", nullable = false)
  private UUID menteeId;

  @Column(nullable = false)
  private String topic;

  @Column(nullable = false)
  private String goals;

  @Column(nullable = false)
  private String questions;

  @Column(name = "mentor_minimum", nullable = false)
  private int mentorMinimum;

  @Column(name = "mentor_maximum", nullable = false)
  private int mentorMaximum;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "council_slot", joinColumns = @JoinColumn(name = "council_id"))
  @OrderColumn(name = "position")
  @AttributeOverride(name = "start", column = @Column(name = "slot_start", nullable = false))
  @AttributeOverride(name = "end", column = @Column(name = "slot_end", nullable = false))
  private List<TimeRange> proposedSlots = new ArrayList<>();

  @Column(name = "response_deadline", nullable = false)
  private Instant responseDeadline;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CouncilStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "coordination_reason")
  private CoordinationReason coordinationReason;

  @Column(nullable = false)
  private int round;

  @Column(nullable = false)
  private int escalations;

  @Column(name = "scheduled_start")
  private Instant scheduledStart;

  @Column(name = "scheduled_end")
  private Instant scheduledEnd;

  @Column(name = "meeting_url")
  private String meetingUrl;

  @Column(name = "coordinator_notes", nullable = false)
  private String coordinatorNotes = "";

  @Column(name = "cancellation_reason")
  private String cancellationReason;

  @Column(name = "requested_by", nullable = false)
  private String requestedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  /** Loaded with the council: a council is read whole (at most a handful of mentors). */
  @OneToMany(mappedBy = "council", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @OrderBy("position")
  private List<CouncilMentor> mentors = new ArrayList<>();

  /** Null until first stored: save() then inserts (a merge would overwrite a row inserted meanwhile). */
  @Version
  private Long version;

  protected CouncilSession() {}

  public CouncilSession(UUID menteeId, String topic, String goals, String questions, List<TimeRange> proposedSlots,
      int mentorMinimum, int mentorMaximum, Instant responseDeadline, String requestedBy, Instant now) {
    this.id = UUID.randomUUID();
    this.menteeId = menteeId;
    this.topic = topic;
    this.goals = goals == null ? "" : goals;
    this.questions = questions == null ? "" : questions;
    this.proposedSlots = sorted(proposedSlots);
    this.mentorMinimum = mentorMinimum;
    this.mentorMaximum = mentorMaximum;
    this.responseDeadline = responseDeadline;
    this.status = CouncilStatus.COLLECTING_AVAILABILITY;
    this.round = 1;
    this.requestedBy = requestedBy;
    this.createdAt = now;
  }

  public CouncilMentor addMentor(UUID mentorId, MentorSource source, double score, List<String> reasons) {
    CouncilMentor mentor = new CouncilMentor(this, mentorId, mentors.size(), source, score, reasons);
    mentors.add(mentor);
    return mentor;
  }

  /** The mentors still part of the council, in the order they joined. */
  public List<CouncilMentor> activeMentors() {
    return mentors.stream().filter(CouncilMentor::isActive).toList();
  }

  public Optional<CouncilMentor> mentor(UUID mentorId) {
    return mentors.stream().filter(m -> m.getMentorId().equals(mentorId)).findFirst();
  }

  public Optional<CouncilMentor> activeMentor(UUID mentorId) {
    return mentor(mentorId).filter(CouncilMentor::isActive);
  }

  /** The active mentors chosen for the session. */
  public List<CouncilMentor> selectedMentors() {
    return activeMentors().stream().filter(CouncilMentor::isSelected).toList();
  }

  public Optional<CouncilMentor> lead() {
    return activeMentors().stream().filter(CouncilMentor::isLead).findFirst();
  }

  /** Whether this proposed slot exists (answers refer to slots by their start). */
  public Optional<TimeRange> proposedSlotStarting(Instant start) {
    return proposedSlots.stream().filter(s -> s.start().equals(start)).findFirst();
  }

  public Optional<TimeRange> scheduledSlot() {
    return scheduledStart == null ? Optional.empty() : Optional.of(new TimeRange(scheduledStart, scheduledEnd));
  }

  /** The confirmed hour: only while the council is confirmed or has taken place. */
  public Optional<TimeRange> confirmedSlot() {
    return status == CouncilStatus.CONFIRMED || status == CouncilStatus.COMPLETED ? scheduledSlot() : Optional.empty();
  }

  /** Starts a new round of asking mentors, answerable until the deadline. */
  public void startRound(Instant deadline) {
    round++;
    responseDeadline = deadline;
    status = CouncilStatus.COLLECTING_AVAILABILITY;
    coordinationReason = null;
  }

  /** New proposed slots: every active mentor is asked again from scratch. */
  public void replaceSlots(List<TimeRange> slots) {
    proposedSlots.clear();
    proposedSlots.addAll(sorted(slots));
    activeMentors().forEach(CouncilMentor::forgetAnswers);
  }

  /** The chosen hour and mentors, still to be confirmed. */
  public void schedule(TimeRange slot, List<UUID> mentorIds) {
    scheduledStart = slot.start();
    scheduledEnd = slot.end();
    activeMentors().forEach(m -> m.select(mentorIds.contains(m.getMentorId())));
  }

  public void confirm(String meetingUrl, Instant now) {
    if (scheduledStart == null) {
      throw new IllegalStateException("Council " + id + " has no scheduled slot to confirm");
    }
    this.meetingUrl = meetingUrl;
    this.status = CouncilStatus.CONFIRMED;
    this.coordinationReason = null;
    this.confirmedAt = now;
  }

  public void needCoordinator(CoordinationReason reason) {
    this.coordinationReason = reason;
  }

  /** Hands the council to the coordinators for the reason recorded before; returns the escalation's number. */
  public int escalate() {
    if (coordinationReason == null) {
      throw new IllegalStateException("Council " + id + " is handed to coordinators without a reason");
    }
    status = CouncilStatus.NEEDS_COORDINATOR;
    return ++escalations;
  }

  public void cancel(String reason) {
    status = CouncilStatus.CANCELLED;
    cancellationReason = reason;
  }

  public void complete() {
    status = CouncilStatus.COMPLETED;
  }

  public void addCoordinatorNote(String author, String note, Instant now) {
    String entry = NOTE_TIME.format(now) + " " + author + ": " + note.strip();
    coordinatorNotes = coordinatorNotes.isEmpty() ? entry : coordinatorNotes + "\n" + entry;
  }

  private static List<TimeRange> sorted(List<TimeRange> slots) {
    return new ArrayList<>(slots.stream().sorted(Comparator.comparing(TimeRange::start)).toList());
  }

  public UUID getId() {
    return id;
  }

  public UUID getMenteeId() {
    return menteeId;
  }

  public String getTopic() {
    return topic;
  }

  public String getGoals() {
    return goals;
  }

  public String getQuestions() {
    return questions;
  }

  public int getMentorMinimum() {
    return mentorMinimum;
  }

  public int getMentorMaximum() {
    return mentorMaximum;
  }

  public List<TimeRange> getProposedSlots() {
    return List.copyOf(proposedSlots);
  }

  public Instant getResponseDeadline() {
    return responseDeadline;
  }

  public CouncilStatus getStatus() {
    return status;
  }

  public Optional<CoordinationReason> getCoordinationReason() {
    return Optional.ofNullable(coordinationReason);
  }

  public int getRound() {
    return round;
  }

  public int getEscalations() {
    return escalations;
  }

  public Optional<String> getMeetingUrl() {
    return Optional.ofNullable(meetingUrl);
  }

  public String getCoordinatorNotes() {
    return coordinatorNotes;
  }

  public Optional<String> getCancellationReason() {
    return Optional.ofNullable(cancellationReason);
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<CouncilMentor> getMentors() {
    return List.copyOf(mentors);
  }
}
