package org.mentra.sessions.council.mail;

import java.util.List;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.links.ConcernContext;
import org.mentra.sessions.mail.SessionMail;
import org.mentra.sessions.shared.TimeRange;

/** council/confirmation-mentee: the hour and the mentors who come. */
record MenteeConfirmationMail(CouncilSession council, TimeRange slot, String menteeName, List<Person> mentors, Person lead,
    boolean isLead) implements SessionMail {

  @Override
  public String template() {
    return "council/confirmation-mentee";
  }

  @Override
  public ConcernContext concern() {
    return ConcernContext.council(council.getId());
  }
}
