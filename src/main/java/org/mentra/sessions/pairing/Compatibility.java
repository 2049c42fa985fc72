package org.mentra.sessions.pairing;

import java.util.List;

/**
 * How well a patient and a counselor fit, 0–100, and why. Not pairable: no shared language, or a block.
 *
 * @param explicit whether a coordinator set the score
 */
public record Compatibility(int score, boolean pairable, boolean explicit, List<String> reasons) {

  public Compatibility {
    reasons = List.copyOf(reasons);
  }
}
