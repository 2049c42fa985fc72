package org.mentra.sessions.council;

import java.time.Clock;
import java.util.Comparator;
import java.util.UUID;
import org.mentra.sessions.mail.MailStep;
import org.mentra.sessions.meeting.MeetingRoomProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.mentra.sessions.council.domain.CoordinationReason;
import org.mentra.sessions.council.domain.CouncilMentor;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.council.domain.CouncilSessionRepository;
import org.mentra.sessions.shared.TimeRange;
import org.mentra.sessions.council.mail.CouncilMail;

/**
 * What happens to a council after the answers are in: the time selection, confirmation, hand-over
 * to the coordinators, the check after a mentor dropped out, completion and cancellation. Each
 * method is one step of the council-session process.
 */
@Service
public class CouncilLifecycle {

  private final CouncilSessionRepository councils;
  private final TimeSelection timeSelection;
  private final MeetingRoomProvider meetingRooms;
  private final CouncilMail mail;
  private final Clock clock;

  CouncilLifecycle(CouncilSessionRepository councils, TimeSelection timeSelection, MeetingRoomProvider meetingRooms,
      CouncilMail mail, Clock clock) {
    this.mail = mail;
    this.councils = councils;
    this.timeSelection = timeSelection;
    this.meetingRooms = meetingRooms;
    this.clock = clock;
  }

  /**
   * Lets the solver choose the hour and mentors, in the job's transaction (see {@link TimeSelection}):
   * whether a proposed slot has a quorum; the choice is kept to be confirmed. Without one, the council
   * waits for a coordinator.
   */
  @Transactional
  public boolean selectTime(UUID councilId) {
    return timeSelection.select(councilId);
  }

  /**
   * Confirms the chosen hour and mentors: the meeting room is created (once; a re-planned council
   * keeps its room) and the lead is one of the mentors who come. Returns the confirmed hour.
   */
  @Transactional
  public TimeRange confirm(UUID councilId) {
    CouncilSession council = councils.getOrFail(councilId);
    String room = council.getMeetingUrl()
        .orElseGet(() -> meetingRooms.createRoom("council-" + councilId, "Mentra council: " + council.getTopic()).url());
    leadAmongSelected(council);
    council.confirm(room, clock.instant());
    return council.scheduledSlot().orElseThrow();
  }

  /** Hands the council to the coordinators; returns the escalation's number (for the mails of this round). */
  @Transactional
  public int escalate(UUID councilId) {
    return councils.getOrFail(councilId).escalate();
  }

  /**
   * After a drop-out: whether enough confirmed mentors are left. If so, the lead is again one of
   * them; if not, the coordinators are asked to step in.
   */
  @Transactional
  public boolean quorumHoldsAfterDropOut(UUID councilId) {
    CouncilSession council = councils.getOrFail(councilId);
    boolean holds = council.selectedMentors().size() >= council.getMentorMinimum();
    if (holds) {
      leadAmongSelected(council);
    } else {
      council.needCoordinator(CoordinationReason.MENTOR_DROPPED_OUT);
    }
    return holds;
  }

  @Transactional
  public void complete(UUID councilId) {
    councils.getOrFail(councilId).complete();
  }

  /** Cancels the council and tells everyone involved; invites are cancelled for those who had one. */
  @Transactional
  public void cancel(MailStep step, UUID councilId, String reason) {
    councils.getOrFail(councilId).cancel(reason);
    mail.cancellation(step, councilId);
  }

  /** The lead leads the session: when the lead is not among those who come, the best-scored of them is. */
  private static void leadAmongSelected(CouncilSession council) {
    if (council.lead().filter(CouncilMentor::isSelected).isPresent()) {
      return;
    }
    council.lead().ifPresent(m -> m.makeLead(false));
    council.selectedMentors().stream()
        .max(Comparator.comparingDouble(CouncilMentor::getPriorityScore)
            .thenComparing(CouncilMentor::getMentorId, Comparator.reverseOrder()))
        .ifPresent(m -> m.makeLead(true));
  }

}
