package org.mentra.sessions.people;

/**
 * A place to turn to in a crisis, shown to an urgent concern's reporter and in participants' mails.
 *
 * @param name e.g. "988 Suicide &amp; Crisis Lifeline (US)"
 * @param text what it offers and how to reach it, e.g. "Call or text 988, any time."
 * @param url where to find out more (optional)
 */
public record CrisisResource(String name, String text, String url) {}
