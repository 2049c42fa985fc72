package org.mentra.sessions.pairing.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How patients of a paired support event get their counselor: paired by the optimizer when sign-ups
 * close, or by choosing themselves from the offers (counselor, time, compatibility).
 */
public enum PairingMode {
  AUTOMATIC,
  SELF_SELECT;

  /** The mode of this name ({@code SELF_SELECT}); empty for any other text. */
  public static Optional<PairingMode> named(String name) {
    return Arrays.stream(values()).filter(mode -> mode.name().equals(name)).findFirst();
  }

  /** "AUTOMATIC or SELF_SELECT", for error messages. */
  public static String choices() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(" or "));
  }
}
