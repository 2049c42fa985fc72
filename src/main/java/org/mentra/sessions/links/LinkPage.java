package org.mentra.sessions.links;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A page answering a link: a view under {@code templates/pages/} and its model. The two generic
 * pages cover most purposes: {@link #confirm} and {@link #done}.
 */
public record LinkPage(String view, Map<String, Object> model) {

  public static LinkPage of(String view, Map<String, Object> model) {
    return new LinkPage(view, Map.copyOf(model));
  }

  /**
   * One question with its options, the token's choice pre-selected, and one button. A non-null
   * {@code commentLabel} adds a text field (an explanation, a feedback comment).
   */
  public static LinkPage confirm(String title, String message, List<Option> options, String selected,
      String button, String commentLabel) {
    Map<String, Object> model = new HashMap<>();
    model.put("title", title);
    model.put("message", message);
    model.put("options", options);
    model.put("selected", selected == null ? "" : selected);
    model.put("button", button);
    if (commentLabel != null) {
      model.put("commentLabel", commentLabel);
    }
    return new LinkPage("pages/link-confirm", model);
  }

  /** The thank-you page after a confirmed choice. */
  public static LinkPage done(String title, String message) {
    return new LinkPage("pages/link-done", Map.of("title", title, "message", message));
  }

  /** Sends the browser on, e.g. into the meeting room after a check-in. */
  public static LinkPage redirect(String url) {
    return new LinkPage("redirect:" + url, Map.of());
  }

  /** One choice on a confirm page. */
  public record Option(String value, String label) {}
}
