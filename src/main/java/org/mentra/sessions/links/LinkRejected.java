package org.mentra.sessions.links;

import org.springframework.http.HttpStatus;

/**
 * Why a link cannot be used, in words for the person who clicked it. Shown as a friendly page with
 * a 4xx status, never as an error trace.
 */
public class LinkRejected extends RuntimeException {

  private final HttpStatus status;
  private final String title;

  public LinkRejected(HttpStatus status, String title, String message) {
    super(message);
    this.status = status;
    this.title = title;
  }

  public static LinkRejected tampered() {
    return new LinkRejected(HttpStatus.BAD_REQUEST, "This link is not valid",
        "The link seems to be incomplete or changed. Please use the link exactly as it came in your email.");
  }

  public static LinkRejected expired() {
    return new LinkRejected(HttpStatus.GONE, "This link has expired",
        "The link is no longer valid. If you still want to answer, reply to the email and a coordinator will help.");
  }

  public static LinkRejected alreadyUsed() {
    return new LinkRejected(HttpStatus.CONFLICT, "Already done",
        "This link has already been used, and your earlier answer stands. Nothing more to do.");
  }

  public static LinkRejected notForYou() {
    return new LinkRejected(HttpStatus.FORBIDDEN, "This link is not for you",
        "This link belongs to someone else, or you are no longer part of this session.");
  }

  public static LinkRejected tooLate(String message) {
    return new LinkRejected(HttpStatus.GONE, "Too late for this", message);
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }
}
