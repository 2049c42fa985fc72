package org.mentra.sessions.council.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mentra.sessions.council.domain.Availability;
import org.mentra.sessions.council.domain.CoordinationReason;
import org.mentra.sessions.council.domain.CouncilMentor;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.council.domain.CouncilStatus;
import org.mentra.sessions.council.domain.MentorResponse;
import org.mentra.sessions.shared.TimeRange;

/**
 * A council as the API shows it ({@code GET /api/v1/councils/{id}}). Mentors are those still part
 * of the council; their priority scores and reasons are for staff only, and a mentor's conflict
 * note and proposed times for staff and that mentor (the mentee and the other mentors see answers).
 */
public record CouncilView(UUID id, CouncilStatus status, UUID menteeId, String topic, List<TimeRange> proposedSlots,
    Instant responseDeadline, int mentorMinimum, int mentorMaximum, List<MentorView> mentors, TimeRange confirmedSlot,
    String meetingUrl, CoordinationReason coordinationReason) {

  static CouncilView of(CouncilSession council, Viewer viewer) {
    return new CouncilView(council.getId(), council.getStatus(), council.getMenteeId(), council.getTopic(),
        council.getProposedSlots(), council.getResponseDeadline(),
        council.getMentorMinimum(), council.getMentorMaximum(),
        council.activeMentors().stream().map(m -> MentorView.of(m, viewer)).toList(),
        council.confirmedSlot().orElse(null),
        council.confirmedSlot().flatMap(s -> council.getMeetingUrl()).orElse(null),
        council.getStatus() == CouncilStatus.NEEDS_COORDINATOR ? council.getCoordinationReason().orElse(null) : null);
  }

  /**
   * One mentor: the overall response, the slots answered AVAILABLE ({@code availableSlots}), every
   * slot's answer, the note and proposals; {@code selected} once the council is confirmed.
   */
  public record MentorView(UUID mentorId, boolean lead, MentorResponse response, List<Instant> availableSlots,
      List<SlotAnswerView> answers, String conflictNote, List<TimeRange> alternativeProposals, boolean selected,
      Double priorityScore, List<String> scoreReasons) {

    static MentorView of(CouncilMentor mentor, Viewer viewer) {
      List<SlotAnswerView> answers = mentor.getCouncil().getProposedSlots().stream()
          .flatMap(s -> mentor.answerFor(s.start()).map(a -> new SlotAnswerView(s.start(), a)).stream())
          .toList();
      boolean ownOrStaff = viewer.staff() || mentor.getMentorId().equals(viewer.personId());
      return new MentorView(mentor.getMentorId(), mentor.isLead(), mentor.getResponse(),
          answers.stream().filter(a -> a.answer() == Availability.AVAILABLE).map(SlotAnswerView::slotStart).toList(),
          answers, ownOrStaff ? mentor.getConflictNote().orElse(null) : null,
          ownOrStaff ? mentor.getAlternatives() : null, mentor.isSelected(),
          viewer.staff() ? mentor.getPriorityScore() : null, viewer.staff() ? mentor.getScoreReasons() : null);
    }
  }

  public record SlotAnswerView(Instant slotStart, Availability answer) {}

  /** Who reads the view: staff, or the person the caller is (null when the caller is nobody we know). */
  record Viewer(boolean staff, UUID personId) {

    boolean is(UUID id) {
      return personId != null && personId.equals(id);
    }
  }
}
