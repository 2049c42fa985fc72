package org.mentra.sessions.safety;

import org.mentra.sessions.engine.ProcessMessage;

/** What the code tells a running host-verification. */
public enum HostVerificationMessage implements ProcessMessage {
  /** A moderator removed the person as host: the verification is revoked and the process ends. */
  HOST_REMOVED("HostRemoved"),
  /** A newer application of the same host was approved: this verification is superseded. */
  RENEWED("HostVerificationRenewed");

  private final String name;

  HostVerificationMessage(String name) {
    this.name = name;
  }

  @Override
  public String messageName() {
    return name;
  }
}
