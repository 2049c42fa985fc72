package org.mentra.sessions.attendance;

/** The kinds of session people attend. */
public enum SessionKind {
  COUNCIL("council session", "a council session"),
  CHAT("support chat", "a support chat"),
  EVENT("event", "an event");

  private final String words;
  private final String withArticle;

  SessionKind(String words, String withArticle) {
    this.words = words;
    this.withArticle = withArticle;
  }

  /** In words: "support chat". */
  public String words() {
    return words;
  }

  /** For a sentence: "a support chat", "an event". */
  public String withArticle() {
    return withArticle;
  }
}
