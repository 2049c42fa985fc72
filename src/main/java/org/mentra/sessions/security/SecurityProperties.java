package org.mentra.sessions.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param httpBasic HTTP Basic against the engine's users for the API and coordinator pages
 * @param jwtGroupsClaim the JWT claim that lists the caller's groups (coordinators, platform)
 * @param basicLoginCacheFor how long a successful HTTP Basic login is taken again without asking the engine
 *     ({@link BasicLoginCache}); zero checks every request
 */
@ConfigurationProperties("mentra.security")
public record SecurityProperties(boolean httpBasic, String jwtGroupsClaim, Duration basicLoginCacheFor) {

  public SecurityProperties {
    basicLoginCacheFor = basicLoginCacheFor == null ? Duration.ofSeconds(30) : basicLoginCacheFor;
    if (basicLoginCacheFor.isNegative()) {
      throw new IllegalArgumentException("mentra.security.basic-login-cache-for must not be negative");
    }
  }
}
