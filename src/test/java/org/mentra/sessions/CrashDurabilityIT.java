package org.mentra.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentra.sessions.support.PackagedJar;

/**
 * The packaged application on its embedded defaults (demo profile, H2 file in its working folder) is
 * killed with SIGKILL right after it acknowledged writes; started again in the same folder, it still
 * has every one of them.
 */
class CrashDurabilityIT {

  private static final Duration STARTUP = Duration.ofMinutes(3);
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final List<Process> started = new ArrayList<>();

  @TempDir
  Path folder;

  @AfterEach
  void killWhatIsLeft() {
    started.forEach(Process::destroyForcibly);
  }

  @Test
  void whatTheApplicationAcknowledgedSurvivesAKillNine() throws Exception {
    int port = freePort();
    Process app = start(port, "first");
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> response = send(HttpRequest.newBuilder(uri(port, "/api/v1/people"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("""
              {"displayName": "Crash Test %d", "email": "crash-%s@mentra.example", "timezone": "Europe/Berlin",
               "roles": ["MENTOR"]}""".formatted(i, UUID.randomUUID()))));
      assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
      Matcher id = ID.matcher(response.body());
      assertThat(id.find()).as(response.body()).isTrue();
      created.add(id.group(1));
    }
    app.destroyForcibly();  // SIGKILL: no shutdown hook, no orderly close of the database
    app.waitFor();

    start(port, "second");
    for (String id : created) {
      assertThat(send(HttpRequest.newBuilder(uri(port, "/api/v1/people/" + id)).GET()).statusCode())
          .as("person %s, acknowledged with 201 before the kill", id).isEqualTo(200);
    }
  }

  private Process start(int port, String name) throws IOException {
    Path log = folder.resolve(name + ".log");
    Process process = new ProcessBuilder(PackagedJar.java(), "-XX:TieredStopAtLevel=1", "-jar", PackagedJar.path(),
        "--server.port=" + port, "--spring.main.banner-mode=off")
        .directory(folder.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    started.add(process);
    PackagedJar.awaitReady(process, port, log, STARTUP);
    return process;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    String login = Base64.getEncoder().encodeToString("coordinator:coordinator".getBytes(StandardCharsets.UTF_8));
    return client.send(request.header("Authorization", "Basic " + login).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(int port, String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
