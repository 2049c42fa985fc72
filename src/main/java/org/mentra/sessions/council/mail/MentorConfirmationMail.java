package org.mentra.sessions.council.mail;

import java.util.List;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.links.ConcernContext;
import org.mentra.sessions.mail.SessionMail;
import org.mentra.sessions.shared.TimeRange;

/** council/confirmation-mentor: the hour, who else comes, and the link to drop out. */
record MentorConfirmationMail(CouncilSession council, TimeRange slot, String menteeName, List<Person> mentors, Person lead,
    boolean isLead, String dropOutUrl) implements SessionMail {

  @Override
  public String template() {
    return "council/confirmation-mentor";
  }

  @Override
  public ConcernContext concern() {
    return ConcernContext.council(council.getId());
  }
}
