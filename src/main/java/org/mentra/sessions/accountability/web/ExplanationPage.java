package org.mentra.sessions.accountability.web;

import org.mentra.sessions.shared.TemplateModel;

/**
 * {@code pages/accountability-explain}: "tell us what happened", with the missed session and the
 * text field (times already in the person's words).
 */
record ExplanationPage(String title, String firstName, String sessionName, String missedAt, String explainBy,
    String field, int maxLength) implements TemplateModel {

  @Override
  public String template() {
    return "pages/accountability-explain";
  }
}
