package org.mentra.sessions.council.mail;

import java.util.List;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.shared.TemplateModel;
import org.mentra.sessions.shared.TimeRange;

/** council/invite-updated: the council goes ahead without a mentor who dropped out. */
record InviteUpdatedMail(CouncilSession council, TimeRange slot, List<Person> mentors, boolean isMentee) implements TemplateModel {

  @Override
  public String template() {
    return "council/invite-updated";
  }
}
