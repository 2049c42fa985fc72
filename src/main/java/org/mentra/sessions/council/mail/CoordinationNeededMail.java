package org.mentra.sessions.council.mail;

import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.shared.TemplateModel;

/** council/coordination-needed: the coordinators are asked to step in, and why. */
record CoordinationNeededMail(CouncilSession council, Person mentee, long answered, int asked, String reason) implements TemplateModel {

  @Override
  public String template() {
    return "council/coordination-needed";
  }
}
