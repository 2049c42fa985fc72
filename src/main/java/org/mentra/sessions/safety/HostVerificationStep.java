package org.mentra.sessions.safety;

import java.util.Arrays;
import java.util.Optional;

/**
 * The coordinators' steps of host-verification, in order: each a Tasklist task with its form
 * ({@code forms/verify-host-<key>.form}) whose decision ({@code <key>Decision}: approve or reject) and reason
 * ({@code <key>Reason}) are variables of their own, so a form never shows the previous step's answer.
 */
public enum HostVerificationStep {
  CREDENTIALS("Task_CheckCredentials", "credentials", "the check of your professional credentials"),
  BACKGROUND("Task_RecordBackgroundCheck", "background", "the background verification"),
  HISTORY("Task_ReviewActivityHistory", "history", "the review of your activity on Mentra"),
  EXPERTISE("Task_ValidateExpertise", "expertise", "the validation of your expertise"),
  TRAINING("Task_ConfirmSafetyTraining", "training", "the confirmation of your safety training");

  public static final String APPROVE = "approve";
  public static final String REJECT = "reject";

  private final String taskId;
  private final String key;
  private final String words;

  HostVerificationStep(String taskId, String key, String words) {
    this.taskId = taskId;
    this.key = key;
    this.words = words;
  }

  /** The user task's id in the diagram. */
  public String taskId() {
    return taskId;
  }

  public String key() {
    return key;
  }

  /** The step as the applicant reads it ("the background verification"). */
  public String words() {
    return words;
  }

  public String decisionVariable() {
    return key + "Decision";
  }

  public String reasonVariable() {
    return key + "Reason";
  }

  public static Optional<HostVerificationStep> ofTask(String taskId) {
    return Arrays.stream(values()).filter(s -> s.taskId.equals(taskId)).findFirst();
  }

  public static HostVerificationStep ofKey(String key) {
    return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No host verification step " + key));
  }
}
