package org.mentra.sessions.mail;

/** A mail as its template wrote it. */
public record RenderedMail(String subject, String text, String html) {}
