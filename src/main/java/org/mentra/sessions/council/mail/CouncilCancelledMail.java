package org.mentra.sessions.council.mail;

import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.shared.TemplateModel;

/** council/council-cancelled: the council is off; {@code hasInvite} when a CANCEL comes with it. */
record CouncilCancelledMail(CouncilSession council, boolean isMentee, String reason, boolean hasInvite) implements TemplateModel {

  @Override
  public String template() {
    return "council/council-cancelled";
  }
}
