package org.mentra.sessions.council.mail;

import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.shared.TemplateModel;

/** council/final-reminder-copy: the coordinators' copy of a mentor's final reminder. */
record FinalReminderCopyMail(CouncilSession council, Person mentee, long answered, int asked, Person mentor) implements TemplateModel {

  @Override
  public String template() {
    return "council/final-reminder-copy";
  }
}
