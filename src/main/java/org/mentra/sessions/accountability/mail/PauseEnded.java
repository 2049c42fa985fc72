package org.mentra.sessions.accountability.mail;

import org.mentra.sessions.shared.TemplateModel;

/** {@code mail/accountability/pause-ended}: the pause is over: sign-ups (or volunteering) are open again. */
record PauseEnded(boolean volunteer, String rebookingUrl) implements TemplateModel {

  @Override
  public String template() {
    return "accountability/pause-ended";
  }
}
