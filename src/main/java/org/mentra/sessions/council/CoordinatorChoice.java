package org.mentra.sessions.council;

import java.util.Arrays;

/** What a coordinator decides in the task "Resolve council coordination" (the form's values). */
enum CoordinatorChoice {
  CONFIRM("confirm", NextStep.CONFIRM),
  EXTEND_DEADLINE("extend", NextStep.COLLECT_AGAIN),
  REPLACE_MENTORS("replace", NextStep.MATCH_AGAIN),
  NEW_SLOTS("new-slots", NextStep.COLLECT_AGAIN),
  CANCEL("cancel", NextStep.CANCEL);

  private final String formValue;
  private final NextStep next;

  CoordinatorChoice(String formValue, NextStep next) {
    this.formValue = formValue;
    this.next = next;
  }

  static CoordinatorChoice of(String formValue) {
    return Arrays.stream(values()).filter(c -> c.formValue.equals(formValue)).findFirst()
        .orElseThrow(() -> new DecisionRejected("Choose what should happen with the council."));
  }

  NextStep next() {
    return next;
  }
}
