package org.mentra.sessions.accountability.mail;

import java.time.Instant;
import org.mentra.sessions.shared.TemplateModel;

/** {@code mail/accountability/no-show-corrected}: our records were wrong: the no-show we wrote about was none. */
record NoShowCorrected(String sessionName, Instant missedAt, boolean volunteer,
    boolean signUpsOpen) implements TemplateModel {

  @Override
  public String template() {
    return "accountability/no-show-corrected";
  }
}
