package org.mentra.sessions.pairing;

import org.mentra.sessions.engine.LongRunningJob;
import org.mentra.sessions.pairing.planning.PairingPlanner;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration
class PairingConfig {

  /** {@code mentra.pairing} as the bean {@code pairingProperties}, the name the diagrams' timers use. */
  @Bean
  PairingProperties pairingProperties(Environment environment) {
    return Binder.get(environment).bindOrCreate("mentra.pairing", PairingProperties.class);
  }

  /** One planner for the application (council has its own solver). */
  @Bean
  PairingPlanner pairingPlanner(PairingProperties properties) {
    return new PairingPlanner(properties.solver().timeCap());
  }

  /** The pairing runs in a job of its own; the job executor's lock must outlast its cap. */
  @Bean
  LongRunningJob pairingJob(PairingProperties properties) {
    return new LongRunningJob("pairing (mentra.pairing.solver.time-cap)", properties.solver().timeCap());
  }
}
