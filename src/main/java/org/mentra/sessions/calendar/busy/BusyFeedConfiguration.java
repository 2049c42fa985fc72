package org.mentra.sessions.calendar.busy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The guarded import of busy times, configured by {@code mentra.calendar.busy-feed.*}. */
@Configuration
@EnableConfigurationProperties(BusyFeedProperties.class)
class BusyFeedConfiguration {

  @Bean
  FeedAddressGuard feedAddressGuard(BusyFeedProperties properties) {
    return FeedAddressGuard.of(properties);
  }

  @Bean
  BusyFeedImport busyFeedImport(BusyFeedProperties properties, FeedAddressGuard guard) {
    return new BusyFeedImport(new FeedFetcher(guard, properties), BusyTimes.of(properties));
  }
}
