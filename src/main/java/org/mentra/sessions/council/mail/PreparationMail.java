package org.mentra.sessions.council.mail;

import java.util.List;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.shared.TemplateModel;
import org.mentra.sessions.shared.TimeRange;

/** council/preparation: what helps a selected mentor prepare, and who else comes. */
record PreparationMail(CouncilSession council, String menteeName, TimeRange slot, List<Person> others, Person lead,
    boolean isLead) implements TemplateModel {

  @Override
  public String template() {
    return "council/preparation";
  }
}
