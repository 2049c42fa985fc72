package org.mentra.sessions.links;

import org.springframework.http.HttpStatus;

/**
 * Why a link cannot be used, in words for the person who clicked it. Shown as a friendly page with
 * a 4xx status, never as an error trace.
 */
public class LinkRejected extends RuntimeException {

  private static final int QUOTED_LENGTH = 40;

  private final HttpStatus status;
  private final String title;
  private final boolean mayTryAgain;

  public LinkRejected(HttpStatus status, String title, String message) {
    this(status, title, message, false);
  }

  private LinkRejected(HttpStatus status, String title, String message, boolean mayTryAgain) {
    super(message);
    this.status = status;
    this.title = title;
    this.mayTryAgain = mayTryAgain;
  }

  /**
   * A form value the page did not offer or cannot keep (an answer that is not among the choices, a text
   * far too long): nothing is saved, earlier answers stand, and the link still works, so the page
   * leads back to the form. {@code message} says what to change.
   */
  public static LinkRejected invalidAnswer(String message) {
    return new LinkRejected(HttpStatus.BAD_REQUEST, "We could not take this answer",
        message + " Nothing was saved, and your link still works: go back to the form, change this and send it "
            + "again.", true);
  }

  /** A value the person typed or sent, short enough to quote back on a page. */
  public static String quoted(String value) {
    String shown = value.length() > QUOTED_LENGTH ? value.substring(0, QUOTED_LENGTH) + "…" : value;
    return "'" + shown + "'";
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

  /** Whether the link can be used again as it is (the page then leads back to the form). */
  public boolean mayTryAgain() {
    return mayTryAgain;
  }
}
