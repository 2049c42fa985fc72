package org.mentra.sessions.events;

import org.mentra.sessions.people.Person;

/**
 * A rule another module adds to who may host a professional event ({@link EventType#isProfessional()}:
 * workshops, trainings, therapy) that a member creates or changes themselves (the safety module's host
 * verification). Asked after the plan's rules, in the transaction of the change; it refuses with a
 * {@link org.mentra.sessions.shared.Refused} whose type names the reason ({@code host-not-verified}). Events
 * that staff create or change for a host are not asked.
 */
public interface HostEligibility {

  void ensureMayHost(Person host, EventType type);
}
