package org.mentra.sessions.council.mail;

import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.shared.TemplateModel;

/** council/no-longer-needed: a mentor left out since an earlier invite (with its CANCEL). */
record NoLongerNeededMail(CouncilSession council, String menteeName) implements TemplateModel {

  @Override
  public String template() {
    return "council/no-longer-needed";
  }
}
