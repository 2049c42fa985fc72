package org.mentra.sessions.people;

/** What a person does on the platform; one person may have several roles. */
public enum Role {
  PATIENT,
  COUNSELOR,
  MENTOR,
  HOST
}
