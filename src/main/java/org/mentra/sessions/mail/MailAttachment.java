package org.mentra.sessions.mail;

/** A text attachment such as an iCalendar invite: {@code text/calendar; method=REQUEST; charset=UTF-8}. */
public record MailAttachment(String fileName, String contentType, String content) {}
