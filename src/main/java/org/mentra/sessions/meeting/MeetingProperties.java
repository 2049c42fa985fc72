package org.mentra.sessions.meeting;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param baseUrl where rooms live, e.g. https://meet.jit.si/ or a self-hosted Jitsi
 * @param roomPrefix the start of every room name
 */
@ConfigurationProperties("mentra.meeting")
public record MeetingProperties(String baseUrl, String roomPrefix) {}
