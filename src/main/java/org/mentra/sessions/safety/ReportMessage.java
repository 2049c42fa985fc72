package org.mentra.sessions.safety;

import org.mentra.sessions.engine.ProcessMessage;

/** What the code tells a running report-review. */
enum ReportMessage implements ProcessMessage {
  /** The reported person appealed the decision (by the link in its mail). */
  APPEAL_FILED("AppealFiled");

  private final String name;

  ReportMessage(String name) {
    this.name = name;
  }

  @Override
  public String messageName() {
    return name;
  }
}
