package org.mentra.sessions.accountability.mail;

import java.time.Instant;
import java.util.List;
import org.mentra.sessions.people.CrisisResource;
import org.mentra.sessions.shared.TemplateModel;

/**
 * {@code mail/accountability/explanation-not-accepted}: the explanation was not accepted, said kindly, with how
 * long the strike counts.
 */
record ExplanationNotAccepted(String sessionName, Instant missedAt, Instant countsUntil, String note,
    Instant pausedUntil, List<CrisisResource> resources) implements TemplateModel {

  @Override
  public String template() {
    return "accountability/explanation-not-accepted";
  }
}
