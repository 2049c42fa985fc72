package org.mentra.sessions.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo data once the application has started. Demo data must never take the application
 * down, so each part runs on its own and a failure is logged, not thrown. Readiness stays
 * REFUSING_TRAFFIC while the parts run: as an application runner this finishes before Spring Boot
 * reports ACCEPTING_TRAFFIC, so {@code /actuator/health/readiness} is UP only with the demo in place.
 */
@Component
@Profile("demo")
class DemoSeeder implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

  private final ObjectProvider<DemoPart> parts;
  private final ApplicationEventPublisher events;

  DemoSeeder(ObjectProvider<DemoPart> parts, ApplicationEventPublisher events) {
    this.parts = parts;
    this.events = events;
  }

  @Override
  public void run(ApplicationArguments args) {
    seed(parts.orderedStream().toList());
  }

  void seed(List<DemoPart> ordered) {
    AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
    int failed = 0;
    for (DemoPart part : ordered) {
      try {
        part.seed();
      } catch (RuntimeException e) {
        failed++;
        log.error("Demo data: {} could not be seeded; the application goes on without it.", part.description(), e);
      }
    }
    if (failed > 0) {
      log.warn("Demo data: {} of {} parts failed (see above). To start over: stop the application, delete the "
          + "data folder (rm -rf data) and start it again.", failed, ordered.size());
    }
  }
}
