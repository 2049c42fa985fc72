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
   * How hard the solver tries after the exact step, and the weights of the soft goals.
   *
   * @param stepLimit local search steps at most
   * @param unimprovedStepLimit stop after this many steps without a better pairing
   * @param moveLimit stop after evaluating this many moves (ends the search at an optimum, where no move is accepted)
   * @param timeCap a safety cap on the solving time (the step limits normally end it far earlier)
   * @param preferredCounselorBonus points for pairing a patient with the counselor they asked for
   * @param loadSpreadWeight weight of the even load (penalty: chats² per counselor)
   */
  public record Solver(int stepLimit, int unimprovedStepLimit, long moveLimit, Duration timeCap,
      int preferredCounselorBonus, int loadSpreadWeight) {

    public Solver {
      if (stepLimit < 0 || unimprovedStepLimit < 1 || moveLimit < 1) {
        throw new IllegalArgumentException("mentra.pairing.solver: step-limit >= 0, unimproved-step-limit >= 1 and "
            + "move-limit >= 1");
      }
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
