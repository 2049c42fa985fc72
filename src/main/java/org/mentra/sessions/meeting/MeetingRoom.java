package org.mentra.sessions.meeting;

/** A video room: the URL people join by. */
public record MeetingRoom(String url) {}
