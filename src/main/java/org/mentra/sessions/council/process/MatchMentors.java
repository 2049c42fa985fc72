package org.mentra.sessions.council.process;

import static org.mentra.sessions.council.CouncilVariables.COUNCIL_ID;
import static org.mentra.sessions.council.CouncilVariables.ENOUGH_MENTORS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.mentra.sessions.council.MentorMatching;

/** "Match mentors": the mentee's picks, then the best-scored mentors, and a lead. */
@Component
class MatchMentors implements JavaDelegate {

  private final MentorMatching matching;

  MatchMentors(MentorMatching matching) {
    this.matching = matching;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ENOUGH_MENTORS.set(execution, matching.match(COUNCIL_ID.from(execution)));
  }
}
