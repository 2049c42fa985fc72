package org.mentra.sessions.pairing.planning.domain;

import org.mentra.sessions.shared.TimeRange;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A counselor as the planner sees them: when they are available in this event, when they are
 * already busy (chats of other events), and the languages they speak.
 */
public record Counselor(UUID id, String name, List<TimeRange> windows, List<TimeRange> busy, Set<String> languages) {

  public Counselor {
    windows = List.copyOf(windows);
    busy = List.copyOf(busy);
    languages = Set.copyOf(languages);
  }

  /** Available for the whole interval and not busy in any part of it. */
  public boolean isFreeFor(TimeRange time) {
    return time.isInsideAny(windows) && !time.overlapsAny(busy);
  }

  public boolean speaksAnyOf(Set<String> others) {
    return others.stream().anyMatch(languages::contains);
  }

  @Override
  public String toString() {
    return name;
  }
}
