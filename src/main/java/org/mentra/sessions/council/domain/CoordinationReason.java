package org.mentra.sessions.council.domain;

/** Why the coordinators were asked to step in. */
public enum CoordinationReason {
  NOT_ENOUGH_MENTORS("There are fewer mentors to ask than the council needs."),
  NO_QUORUM("Not enough mentors can make any one of the proposed times."),
  MENTOR_DROPPED_OUT("A confirmed mentor dropped out and too few are left.");

  private final String explanation;

  CoordinationReason(String explanation) {
    this.explanation = explanation;
  }

  public String explanation() {
    return explanation;
  }
}
