package org.mentra.sessions.council.mail;

import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.shared.TemplateModel;
import org.mentra.sessions.shared.TimeRange;

/** council/session-reminder: the session is near; each participant's own join link. */
record SessionReminderMail(CouncilSession council, TimeRange slot, boolean isMentee, String joinUrl, String timeLeft) implements TemplateModel {

  @Override
  public String template() {
    return "council/session-reminder";
  }
}
