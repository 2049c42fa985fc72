package org.mentra.sessions.links;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param secret the HMAC-SHA256 key, base64, at least 256 bits; required (the demo profile has its own)
 * @param defaultValidity how long a link works unless its purpose says otherwise
 */
@ConfigurationProperties("mentra.links")
public record LinkProperties(String secret, Duration defaultValidity) {}
