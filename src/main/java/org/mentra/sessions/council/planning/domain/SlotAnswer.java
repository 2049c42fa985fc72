package org.mentra.sessions.council.planning.domain;

/** What a mentor said about one slot; a slot without an answer counts as UNAVAILABLE. */
public enum SlotAnswer {
  AVAILABLE,
  TENTATIVE,
  UNAVAILABLE;

  public boolean canAttend() {
    return this != UNAVAILABLE;
  }
}
