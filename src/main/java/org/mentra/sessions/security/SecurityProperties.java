package org.mentra.sessions.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param httpBasic HTTP Basic against the engine's users for the API and coordinator pages
 * @param jwtGroupsClaim the JWT claim that lists the caller's groups (coordinators, platform)
 */
@ConfigurationProperties("mentra.security")
public record SecurityProperties(boolean httpBasic, String jwtGroupsClaim) {}
