package org.mentra.sessions.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo ITs only: the last demo part asks the running server for its readiness while it is itself still
 * being seeded, so {@link DemoSeedingIT} can tell that readiness was not UP before the demo was in place.
 */
@Component
@Profile("demo")
@Order(Ordered.LOWEST_PRECEDENCE)
public class ReadinessWhileSeeding implements DemoPart {

  private final Environment environment;
  private volatile HttpResponse<String> observed;

  ReadinessWhileSeeding(Environment environment) {
    this.environment = environment;
  }

  @Override
  public String description() {
    return "the readiness probe of the demo ITs";
  }

  @Override
  public void seed() {
    String url = "http://localhost:" + environment.getRequiredProperty("local.server.port")
        + "/actuator/health/readiness";
    try {
      observed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("The server did not answer " + url, e);
    }
  }

  HttpResponse<String> observed() {
    return observed;
  }
}
