package org.mentra.sessions.calendar.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.mentra.sessions.calendar.CalendarFeeds;
import org.mentra.sessions.security.TokenThrottle;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The private calendar feeds, {@code /calendar/{token}.ics}, for calendar clients: no login (clients
 * subscribe by URL only; the token is the secret). Every answer stays out of shared caches, referrers
 * and search engines; clients revalidate with the ETag (304 when nothing changed), and HEAD answers as
 * GET does without the body. An unknown or rotated token is a plain 404, the same for both, and counts
 * against the client in the {@link TokenThrottle}: one that keeps guessing gets a 429 problem with
 * Retry-After before its next token is looked up.
 */
@RestController
@Hidden // not part of the platform's API: a URL for calendar clients
class CalendarFeedController {

  static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

  private final CalendarFeeds feeds;
  private final TokenThrottle throttle;

  CalendarFeedController(CalendarFeeds feeds, TokenThrottle throttle) {
    this.feeds = feeds;
    this.throttle = throttle;
  }

  @GetMapping("/calendar/{token}.ics")
  ResponseEntity<?> feed(@PathVariable String token, HttpServletRequest request) {
    var wait = throttle.backOff(request.getRemoteAddr());
    if (wait.isPresent()) {
      long seconds = TokenThrottle.seconds(wait.get());
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, "Too many calendar "
          + "addresses asked for from here were unknown. Please try again in " + seconds + " seconds.");
      problem.setTitle("Too many unknown calendar addresses");
      return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).headers(privateHeaders())
          .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
          .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
    return feeds.feed(token)
        .map(feed -> {
          ResponseEntity.BodyBuilder ok = ResponseEntity.ok()
              .headers(privateHeaders())
              .contentType(TEXT_CALENDAR)
              .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"mentra-sessions.ics\"")
              .eTag(etag(feed.ics())); // Spring answers If-None-Match with 304
          if (feed.lastModified() != null) {
            ok.lastModified(feed.lastModified());
          }
          return ok.body(feed.ics());
        })
        .orElseGet(() -> {
          throttle.failed(request.getRemoteAddr());
          return ResponseEntity.status(HttpStatus.NOT_FOUND)
              .headers(privateHeaders())
              .contentType(MediaType.TEXT_PLAIN)
              .body("There is no calendar at this address (any more). Ask Mentra Sessions for your current "
                  + "calendar address.\n");
        });
  }

  /** Private to the person, revalidated on every fetch (it changes when their sessions do). */
  private static HttpHeaders privateHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setCacheControl(CacheControl.noCache().cachePrivate());
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("X-Robots-Tag", "noindex, nofollow");
    return headers;
  }

  private static String etag(String ics) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(ics.getBytes(StandardCharsets.UTF_8));
      return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
