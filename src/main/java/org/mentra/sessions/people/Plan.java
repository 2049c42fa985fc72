package org.mentra.sessions.people;

/** The subscription plan, which decides what a person may book and host. */
public enum Plan {
  FREE,
  PREMIUM,
  PROFESSIONAL,
  COUNCIL
}
