package org.mentra.sessions.pairing;

import java.time.Duration;
import java.util.Objects;

/**
 * The deadlines and limits of paired support ({@code mentra.pairing}), bound as the bean
 * {@code pairingProperties} that the BPMN timers name. The getters give ISO-8601 text for the
 * diagrams' expressions ({@code ${pairingProperties.reminderBefore}}).
 *
 * @param counselorInvitationLead how long before the start counselors are asked for their availability
 * @param signUpCutoff how long before the start sign-ups close and the pairing runs; a process owner may
 *     move it earlier (longer), never later than the assignment notice allows
 * @param assignmentNotice the least time between announcing a pair and its slot; at least 24 hours
 * @param reminderBefore how long before a chat both get the reminder with their join link
 * @param latenessSwitch how long after the start a counselor who has not checked in is replaced by a standby
 * @param minimumRepairNotice a re-pairing (after a cancellation) only offers slots starting at least this much later
 * @param feedbackLinkValidity how long the feedback link works
 */
public record PairingProperties(Duration counselorInvitationLead, Duration signUpCutoff, Duration assignmentNotice,
    Duration reminderBefore, Duration latenessSwitch, Duration minimumRepairNotice, Duration feedbackLinkValidity,
    Solver solver) {

  private static final Duration LEAST_ASSIGNMENT_NOTICE = Duration.ofHours(24);

  public PairingProperties {
    requirePositive(counselorInvitationLead, "counselor-invitation-lead");
    requirePositive(signUpCutoff, "sign-up-cutoff");
    requirePositive(assignmentNotice, "assignment-notice");
    requirePositive(reminderBefore, "reminder-before");
    requirePositive(latenessSwitch, "lateness-switch");
    requirePositive(minimumRepairNotice, "minimum-repair-notice");
    requirePositive(feedbackLinkValidity, "feedback-link-validity");
    Objects.requireNonNull(solver, "mentra.pairing.solver");
    if (assignmentNotice.compareTo(LEAST_ASSIGNMENT_NOTICE) < 0) {
      throw new IllegalArgumentException("mentra.pairing.assignment-notice must be at least PT24H: patients and "
          + "counselors hear about their pair at least a day ahead; it is " + assignmentNotice);
    }
    if (signUpCutoff.compareTo(assignmentNotice) < 0) {
      throw new IllegalArgumentException("mentra.pairing.sign-up-cutoff may move earlier, never later: it must be at "
          + "least the assignment notice (" + assignmentNotice + ") before the start; it is " + signUpCutoff);
    }
    if (counselorInvitationLead.compareTo(signUpCutoff) <= 0) {
      throw new IllegalArgumentException("mentra.pairing.counselor-invitation-lead must be longer than the "
          + "sign-up cutoff, so counselors can answer before the pairing; it is " + counselorInvitationLead);
    }
  }

  public String getCounselorInvitationLead() {
    return counselorInvitationLead.toString();
  }

  public String getSignUpCutoff() {
    return signUpCutoff.toString();
  }

  public String getReminderBefore() {
    return reminderBefore.toString();
  }

  public String getLatenessSwitch() {
    return latenessSwitch.toString();
  }

  /**
   * The pairing's goals ({@code mentra.pairing.solver}). The pairing is exact (a minimum-cost flow): it pairs
   * as many patients as possible, then maximises compatibility (with the bonus), then evens the load.
   *
   * @param timeCap a safety net: past it the pairing stops early with fewer pairs (it takes well under a second)
   * @param preferredCounselorBonus points for pairing a patient with the counselor they asked for
   * @param loadSpreadWeight 0 (the default): the load is evened only among the pairings of the best
   *     compatibility, never at its cost; w > 0 is the process owner's choice to trade: each point of
   *     Σ chats² per counselor costs w points of compatibility
   */
  public record Solver(Duration timeCap, int preferredCounselorBonus, int loadSpreadWeight) {

    public Solver {
      requirePositive(timeCap, "solver.time-cap");
      if (preferredCounselorBonus < 0 || loadSpreadWeight < 0) {
        throw new IllegalArgumentException("mentra.pairing.solver: weights cannot be negative");
      }
    }
  }

  private static void requirePositive(Duration value, String name) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("mentra.pairing." + name + " must be a positive duration such as PT24H");
    }
  }
}
