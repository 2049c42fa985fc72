package org.mentra.sessions.council.mail;

import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.shared.TemplateModel;
import org.mentra.sessions.shared.TimeRange;

/** council/drop-out-confirmed: the mentor who dropped out is off the council (with its CANCEL). */
record DropOutConfirmedMail(CouncilSession council, TimeRange slot) implements TemplateModel {

  @Override
  public String template() {
    return "council/drop-out-confirmed";
  }
}
