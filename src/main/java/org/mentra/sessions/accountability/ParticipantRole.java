package org.mentra.sessions.accountability;

/** The part a person plays in one session; volunteers and patients are held to account differently. */
public enum ParticipantRole {
  PATIENT,
  MENTEE,
  PARTICIPANT,
  COUNSELOR,
  MENTOR,
  HOST;

  /** Volunteers (counselors, mentors, hosts) get a coordinator review; patients a caring follow-up. */
  public boolean isVolunteer() {
    return this == COUNSELOR || this == MENTOR || this == HOST;
  }
}
