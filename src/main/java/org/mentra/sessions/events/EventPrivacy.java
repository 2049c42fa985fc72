package org.mentra.sessions.events;

/**
 * Who can see an event: everyone, members, or (private, invite-only) only its host, its invitees,
 * those registered and staff. Only invitees may register for an invite-only event.
 */
public enum EventPrivacy {
  PUBLIC,
  MEMBERS,
  PRIVATE,
  INVITE_ONLY;

  /** Private and invite-only events are hidden from everyone but their host, invitees, registrants and staff. */
  public boolean isRestricted() {
    return this == PRIVATE || this == INVITE_ONLY;
  }
}
