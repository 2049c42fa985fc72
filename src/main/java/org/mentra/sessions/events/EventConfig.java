package org.mentra.sessions.events;

import org.mentra.sessions.events.series.SeriesProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Binds {@code mentra.events} as the bean {@code eventProperties} (the name BPMN expressions use),
 * {@code mentra.events.series} (how far a series may reach) and {@code mentra.plans} (the plan tiers).
 */
@Configuration
@EnableConfigurationProperties({SeriesProperties.class, PlanProperties.class})
class EventConfig {

  @Bean
  EventProperties eventProperties(Environment environment) {
    return Binder.get(environment).bindOrCreate("mentra.events", EventProperties.class);
  }
}
