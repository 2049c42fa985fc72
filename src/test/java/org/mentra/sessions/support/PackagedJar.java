package org.mentra.sessions.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;

/**
 * The packaged application as a newcomer or an operator starts it ({@code java -jar}), for the failsafe tests
 * and benchmarks that run it in processes of its own: failsafe passes the jar as {@code mentra.packaged-jar}.
 */
public final class PackagedJar {

  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private PackagedJar() {}

  /** The jar's absolute path. */
  public static String path() {
    String jar = System.getProperty("mentra.packaged-jar");
    assertThat(jar).as("failsafe passes the packaged jar as mentra.packaged-jar").isNotNull();
    return Path.of(jar).toAbsolutePath().toString();
  }

  /** The {@code java} of the JVM running the test. */
  public static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Waits until the started application on {@code port} is ready; prints its log and fails if it died or never was. */
  public static void awaitReady(Process process, int port, Path log, Duration startup) throws IOException {
    try {
      Awaitility.await().atMost(startup).pollInterval(Duration.ofMillis(250))
          .until(() -> !process.isAlive() || ready(port));
    } finally {
      if (!process.isAlive() || !ready(port)) {
        System.out.println(Files.readString(log, StandardCharsets.UTF_8));
      }
    }
    assertThat(process.isAlive()).as("the application on port %d is running (log above)", port).isTrue();
  }

  /** Whether its readiness probe says it takes traffic. */
  public static boolean ready(int port) {
    try {
      return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
          .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
