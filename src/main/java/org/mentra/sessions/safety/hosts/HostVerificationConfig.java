package org.mentra.sessions.safety.hosts;

import org.mentra.sessions.safety.EmailVerificationProperties;
import org.mentra.sessions.safety.HostVerificationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmailVerificationProperties.class)
class HostVerificationConfig {

  /** Bound here under the plain name the diagram uses: {@code ${hostVerificationProperties.untilRenewalNotice}}. */
  @Bean("hostVerificationProperties")
  static HostVerificationProperties hostVerificationProperties(Environment environment) {
    return Binder.get(environment).bindOrCreate("mentra.safety.hosts", HostVerificationProperties.class);
  }
}
