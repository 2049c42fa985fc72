package org.mentra.sessions.accountability.mail;

import java.time.Instant;
import org.mentra.sessions.shared.TemplateModel;

/** {@code mail/accountability/pause-lifted-early}: a coordinator lifted the pause before its end. */
record PauseLiftedEarly(Instant until, boolean volunteer, String rebookingUrl, String note) implements TemplateModel {

  @Override
  public String template() {
    return "accountability/pause-lifted-early";
  }
}
