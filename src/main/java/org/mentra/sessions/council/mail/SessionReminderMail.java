package org.mentra.sessions.council.mail;

import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.links.ConcernContext;
import org.mentra.sessions.mail.SessionMail;
import org.mentra.sessions.shared.TimeRange;

/** council/session-reminder: the session is near; each participant's own join link. */
record SessionReminderMail(CouncilSession council, TimeRange slot, boolean isMentee, String joinUrl, String timeLeft) implements SessionMail {

  @Override
  public String template() {
    return "council/session-reminder";
  }

  @Override
  public ConcernContext concern() {
    return ConcernContext.council(council.getId());
  }
}
