package org.mentra.sessions.links;

import java.util.List;
import java.util.Map;
import org.mentra.sessions.shared.TemplateModel;

/**
 * A page answering a link: a view under {@code templates/} and the variables of its typed model. The
 * two generic pages cover most purposes: {@link #confirm} and {@link #done}; a purpose with a page of
 * its own gives a record of its own ({@link #of(TemplateModel)}).
 */
public record LinkPage(String view, Map<String, Object> model) {

  /** A page of its own, e.g. {@code record AvailabilityPage(...) implements TemplateModel}. */
  public static LinkPage of(TemplateModel page) {
    return new LinkPage(page.template(), Map.copyOf(page.variables()));
  }

  /**
   * One question with its options, the token's choice pre-selected, and one button. A non-null
   * {@code commentLabel} adds a text field (an explanation, a feedback comment).
   */
  public static LinkPage confirm(String title, String message, List<Option> options, String selected,
      String button, String commentLabel) {
    return of(new ConfirmPage(title, message, options, selected == null ? "" : selected, button, commentLabel));
  }

  /** The thank-you page after a confirmed choice. */
  public static LinkPage done(String title, String message) {
    return of(new DonePage(title, message));
  }

  /** Sends the browser on, e.g. into the meeting room after a check-in. */
  public static LinkPage redirect(String url) {
    return new LinkPage("redirect:" + url, Map.of());
  }

  /** One choice on a confirm page. */
  public record Option(String value, String label) {}

  /** {@code pages/link-confirm}: a question, its options and one button. */
  record ConfirmPage(String title, String message, List<Option> options, String selected, String button,
      String commentLabel) implements TemplateModel {
    @Override
    public String template() {
      return "pages/link-confirm";
    }
  }

  /** {@code pages/link-done}: what happened, in a sentence. */
  record DonePage(String title, String message) implements TemplateModel {
    @Override
    public String template() {
      return "pages/link-done";
    }
  }
}
