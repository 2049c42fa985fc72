package org.mentra.sessions.safety;

/** Where a block came from: the person themselves, a moderator's decision on a report, or pairing's old list. */
public enum BlockOrigin {
  PERSON,
  MODERATION,
  PAIRING
}
