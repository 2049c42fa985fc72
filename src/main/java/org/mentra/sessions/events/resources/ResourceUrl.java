package org.mentra.sessions.events.resources;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.mentra.sessions.shared.InvalidInput;

/**
 * The address of a resource, as participants will click it: an absolute http(s) URL with a host, of
 * bounded length, without credentials in it (they would be shown to everyone) and without spaces or
 * control characters (a link that looks like one thing and goes to another).
 */
final class ResourceUrl {

  static final int MAX_LENGTH = 2000;

  private ResourceUrl() {}

  /** The address, trimmed; or the reason it is refused, on the field {@code url}. */
  static String check(String url) {
    String value = url == null ? "" : url.strip();
    if (value.isEmpty()) {
      throw InvalidInput.of("url", "must not be blank");
    }
    if (value.length() > MAX_LENGTH) {
      throw InvalidInput.of("url", "must be at most " + MAX_LENGTH + " characters");
    }
    if (value.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      throw InvalidInput.of("url", "must not contain spaces or control characters");
    }
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw InvalidInput.of("url", "is not a valid address (" + e.getReason() + ")");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw InvalidInput.of("url", "must be an http or https address");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw InvalidInput.of("url", "must name a host, as in https://example.org/slides");
    }
    if (uri.getRawUserInfo() != null) {
      throw InvalidInput.of("url", "must not carry a user name or password");
    }
    return value;
  }
}
