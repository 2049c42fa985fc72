package org.mentra.sessions.attendance;

/** The part a person plays in one session; volunteers and patients are held to account differently. */
public enum ParticipantRole {
  PATIENT("patient"),
  MENTEE("mentee"),
  PARTICIPANT("participant"),
  COUNSELOR("counselor"),
  MENTOR("mentor"),
  HOST("host");

  private final String words;

  ParticipantRole(String words) {
    this.words = words;
  }

  /** In words: "counselor". */
  public String words() {
    return words;
  }

  /** Volunteers (counselors, mentors, hosts) get a coordinator review; patients a caring follow-up. */
  public boolean isVolunteer() {
    return this == COUNSELOR || this == MENTOR || this == HOST;
  }
}
