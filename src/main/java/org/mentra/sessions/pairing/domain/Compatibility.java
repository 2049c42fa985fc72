package org.mentra.sessions.pairing.domain;

import java.util.List;

/**
 * How well a patient and a counselor fit, 0–100, and why. Not pairable: no shared language, or a block.
 *
 * @param blocked whether one of them asked never to be paired with the other
 * @param explicit whether a coordinator set the score
 */
public record Compatibility(int score, boolean pairable, boolean blocked, boolean explicit, List<String> reasons) {

  public Compatibility {
    reasons = List.copyOf(reasons);
  }
}
