package org.mentra.sessions.events;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Binds {@code mentra.events} as the bean {@code eventProperties} (the name BPMN expressions use). */
@Configuration
class EventConfig {

  @Bean
  EventProperties eventProperties(Environment environment) {
    return Binder.get(environment).bindOrCreate("mentra.events", EventProperties.class);
  }
}
