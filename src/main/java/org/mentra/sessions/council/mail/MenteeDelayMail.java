package org.mentra.sessions.council.mail;

import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.shared.TemplateModel;

/** council/mentee-delay: finding a time takes a little longer; nothing is needed from the mentee. */
record MenteeDelayMail(CouncilSession council, boolean droppedOut) implements TemplateModel {

  @Override
  public String template() {
    return "council/mentee-delay";
  }
}
