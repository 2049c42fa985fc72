package org.mentra.sessions.events;

/**
 * How patients of a paired support event get their counselor: paired by the optimizer when sign-ups
 * close, or by choosing themselves from the offers (counselor, time, compatibility).
 */
public enum PairingMode {
  AUTOMATIC,
  SELF_SELECT
}
