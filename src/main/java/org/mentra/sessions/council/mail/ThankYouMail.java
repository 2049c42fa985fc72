package org.mentra.sessions.council.mail;

import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.shared.TemplateModel;

/** council/thank-you: to a mentor who answered but is not needed. */
record ThankYouMail(CouncilSession council, String menteeName) implements TemplateModel {

  @Override
  public String template() {
    return "council/thank-you";
  }
}
