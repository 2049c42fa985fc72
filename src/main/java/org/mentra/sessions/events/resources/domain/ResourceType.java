package org.mentra.sessions.events.resources.domain;

/** What a resource of an event is; recordings are for plans with recording access. */
public enum ResourceType {
  LINK,
  DOCUMENT,
  RECORDING
}
