package org.mentra.sessions.safety.hosts.process;

/** The host's letters of host-verification, as the diagram's mail steps name them ({@code letter}: {@code rejection}, …). */
enum HostLetter {
  REJECTION,
  APPROVAL,
  RENEWAL_NOTICE
}
