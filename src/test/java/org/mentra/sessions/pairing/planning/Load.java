package org.mentra.sessions.pairing.planning;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.mentra.sessions.pairing.planning.domain.PairingPlan;
import org.mentra.sessions.pairing.planning.domain.PairingRequest;

/**
 * The counselor load of a pairing: chats per counselor of the plan (everyone with a seat or a pinned chat,
 * zero included), pinned chats counted.
 */
public record Load(Map<UUID, Integer> chats) {

  public static Load of(PairingPlan plan) {
    Map<UUID, Integer> chats = new LinkedHashMap<>();
    plan.getSeats().forEach(s -> chats.put(s.counselor().id(), 0));
    for (PairingRequest request : plan.getRequests()) {
      if (request.getSeat() != null) {
        chats.merge(request.getSeat().counselor().id(), 1, Integer::sum);
      }
    }
    return new Load(chats);
  }

  /** The most chats of a counselor minus the fewest. */
  public int spread() {
    return chats.values().stream().mapToInt(Integer::intValue).max().orElse(0)
        - chats.values().stream().mapToInt(Integer::intValue).min().orElse(0);
  }

  /** Σ chats² over counselors: what the pairing minimises among its best-compatibility pairings. */
  public long squares() {
    return chats.values().stream().mapToLong(c -> (long) c * c).sum();
  }
}
