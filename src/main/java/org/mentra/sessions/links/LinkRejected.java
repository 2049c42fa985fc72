package org.mentra.sessions.links;

/**
 * Why a link cannot be used, in words for the person who clicked it. The link controller shows it as
 * a friendly page, its status chosen by the {@link Kind}, never as an error trace.
 */
public class LinkRejected extends RuntimeException {

  private static final int QUOTED_LENGTH = 40;

  /** What went wrong, which decides the page's status. */
  public enum Kind {
    /** The link is incomplete or changed (400). */
    TAMPERED,
    /** A form value the page cannot take; the link still works (400). */
    INVALID_ANSWER,
    /** The link belongs to someone else (403). */
    NOT_FOR_YOU,
    /** The link was used already (409). */
    ALREADY_USED,
    /** What the link asks for does not fit the session as it is now (409). */
    NOT_POSSIBLE,
    /** The link's time is over (410). */
    EXPIRED,
    /** The link's time has not come yet (425). */
    TOO_EARLY
  }

  private final Kind kind;
  private final String title;

  public LinkRejected(Kind kind, String title, String message) {
    super(message);
    this.kind = kind;
    this.title = title;
  }

  /**
   * A form value the page did not offer or cannot keep (an answer that is not among the choices, a text
   * far too long): nothing is saved, earlier answers stand, and the link still works, so the page
   * leads back to the form. {@code message} says what to change.
   */
  public static LinkRejected invalidAnswer(String message) {
    return new LinkRejected(Kind.INVALID_ANSWER, "We could not take this answer",
        message + " Nothing was saved, and your link still works: go back to the form, change this and send it "
            + "again.");
  }

  /** A value the person typed or sent, short enough to quote back on a page. */
  public static String quoted(String value) {
    String shown = value.length() > QUOTED_LENGTH ? value.substring(0, QUOTED_LENGTH) + "…" : value;
    return "'" + shown + "'";
  }

  public static LinkRejected tampered() {
    return new LinkRejected(Kind.TAMPERED, "This link is not valid",
        "The link seems to be incomplete or changed. Please use the link exactly as it came in your email.");
  }

  public static LinkRejected expired() {
    return new LinkRejected(Kind.EXPIRED, "This link has expired",
        "The link is no longer valid. If you still want to answer, reply to the email and a coordinator will help.");
  }

  public static LinkRejected alreadyUsed() {
    return new LinkRejected(Kind.ALREADY_USED, "Already done",
        "This link has already been used, and your earlier answer stands. Nothing more to do.");
  }

  public static LinkRejected notForYou() {
    return new LinkRejected(Kind.NOT_FOR_YOU, "This link is not for you",
        "This link belongs to someone else, or you are no longer part of this session.");
  }

  public static LinkRejected tooLate(String message) {
    return new LinkRejected(Kind.EXPIRED, "Too late for this", message);
  }

  /** What the link asks for cannot be done as things are now; {@code title} and {@code message} say why. */
  public static LinkRejected notPossible(String title, String message) {
    return new LinkRejected(Kind.NOT_POSSIBLE, title, message);
  }

  public Kind kind() {
    return kind;
  }

  public String title() {
    return title;
  }

  /** Whether the link can be used again as it is (the page then leads back to the form). */
  public boolean mayTryAgain() {
    return kind == Kind.INVALID_ANSWER;
  }
}
