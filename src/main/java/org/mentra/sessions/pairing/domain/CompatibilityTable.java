package org.mentra.sessions.pairing.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The compatibility of every patient with every counselor of one pairing. */
public record CompatibilityTable(Map<UUID, Map<UUID, Compatibility>> byPatient) {

  public Compatibility of(UUID patientId, UUID counselorId) {
    Compatibility found = byPatient.getOrDefault(patientId, Map.of()).get(counselorId);
    if (found == null) {
      throw new IllegalArgumentException("No compatibility of patient " + patientId + " with " + counselorId);
    }
    return found;
  }

  /** The scores of one patient by counselor (for the planner). */
  public Map<UUID, Integer> scoresOf(UUID patientId) {
    Map<UUID, Integer> scores = new HashMap<>();
    byPatient.getOrDefault(patientId, Map.of()).forEach((counselor, c) -> scores.put(counselor, c.score()));
    return scores;
  }
}
