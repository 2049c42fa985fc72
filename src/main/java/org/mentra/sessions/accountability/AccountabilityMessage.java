package org.mentra.sessions.accountability;

import org.mentra.sessions.engine.ProcessMessage;

/** The messages of the {@code no-show-accountability} process. */
enum AccountabilityMessage implements ProcessMessage {
  /** Starts one case per missed session and person. */
  NO_SHOW_REPORTED("NoShowReported"),
  /** The person sent an explanation through the link in their mail. */
  NO_SHOW_EXPLAINED("NoShowExplained"),
  /** A coordinator lifted the pause before its end. */
  PAUSE_LIFTED_EARLY("PauseLiftedEarly"),
  /** The attendance was corrected: it was no no-show after all, and the case closes. */
  NO_SHOW_WITHDRAWN("NoShowWithdrawn");

  private final String messageName;

  AccountabilityMessage(String messageName) {
    this.messageName = messageName;
  }

  @Override
  public String messageName() {
    return messageName;
  }
}
