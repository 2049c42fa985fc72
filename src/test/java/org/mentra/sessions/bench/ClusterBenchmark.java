package org.mentra.sessions.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes of the packaged application on one PostgreSQL, as issue 14 tried them: cold, 10 councils of
 * 4 mentors created through both nodes, their 40 one-click answers sent 20 at a time through both. Then
 * a node killed with SIGKILL in the middle of availability collection: the other node and the restarted
 * one carry on, and every mail reaches the SMTP server exactly once (counted by Message-ID).
 * Runs under {@code -Pbench} (failsafe, after the jar is packaged); prints target/bench/cluster.md.
 */
class ClusterBenchmark {

  private static final int SMTP = 8140;
  private static final int NODE_A = 8131;
  private static final int NODE_B = 8132;
  private static final int COUNCILS = 10;
  private static final int MENTORS_PER_COUNCIL = 4;
  private static final int CONCURRENT = 20;
  private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/r/[A-Za-z0-9_\\-.~]+)");
  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * Reminders within minutes, so the kill phase sees them fire; the burst's councils are answered long before.
   * A waitlist offer held for longer than the run, so the one offer is the one accepted.
   */
  private static final Map<String, String> TIMERS = Map.of(
      "mentra.council.first-reminder", "PT100S", "mentra.council.second-reminder", "PT8M",
      "mentra.council.final-reminder", "PT9M", "mentra.council.response-deadline", "PT10M");
  private static final int KILLED_COUNCILS = 3;
  private static final String FIRST_REMINDER = "A gentle reminder";

  /** Each node's log (and working folder) stays here for a look after the run. */
  private final Path folder = Path.of("target", "bench", "cluster-logs");

  private GreenMail smtp;
  private ClusterNodes nodes;

  @BeforeEach
  void smtp() throws java.io.IOException {
    java.nio.file.Files.createDirectories(folder);
    smtp = new GreenMail(new ServerSetup(SMTP, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterEach
  void stop() {
    if (nodes != null) {
      nodes.close();
    }
    smtp.stop();
  }

  @Test
  void twoNodesOnOneDatabaseColdBurstThenAKillNine() throws Exception {
    Map<String, String> properties = new LinkedHashMap<>(TIMERS);
    properties.putAll(ClusterNodes.fromSystemProperty());
    nodes = new ClusterNodes("cluster", SMTP, folder, properties);
    nodes.start(NODE_A);
    nodes.start(NODE_B);
    nodes.createCoordinator(NODE_A);
    List<Council> councils = councils(COUNCILS);
    Map<String, String> links = availabilityLinks(COUNCILS * MENTORS_PER_COUNCIL, 0);

    List<String> order = new ArrayList<>(links.keySet());
    Map<String, Long> answeredAt = new ConcurrentHashMap<>();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
    ExecutorService clients = Executors.newFixedThreadPool(CONCURRENT);
    long start = System.nanoTime();
    List<Future<?>> sent = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      String email = order.get(i);
      int port = i % 2 == 0 ? NODE_A : NODE_B;
      sent.add(clients.submit(() -> {
        long begin = System.nanoTime();
        HttpResponse<String> response = nodes.answerFirstSlot(port, links.get(email));
        long end = System.nanoTime();
        latencies.add((end - begin) / 1_000_000);
        statuses.add(response.statusCode());
        answeredAt.put(email, end);
        return null;
      }));
    }
    for (Future<?> future : sent) {
      future.get();
    }
    long burstMillis = (System.nanoTime() - start) / 1_000_000;
    clients.shutdown();

    Map<UUID, Long> confirmedAfterLastAnswer = waitForConfirmations(councils, answeredAt, Duration.ofMinutes(3));
    quiet();

    Collections.sort(latencies);
    long timeouts = nodes.logLines("Connection is not available, request timed out");
    long errors = statuses.stream().filter(s -> s != 200).count();
    long confirmed = confirmedAfterLastAnswer.values().stream().filter(v -> v >= 0).count();
    long worst = confirmedAfterLastAnswer.values().stream().mapToLong(Long::longValue).max().orElse(-1);
    int burstMails = smtp.getReceivedMessages().length;
    long burstDuplicates = duplicateMessageIds();

    System.out.printf(Locale.ROOT, "Burst: %.2f s, answers p50 %d ms, p95 %d ms, max %d ms, %d not 200, %d pool time-outs, "
            + "%d mails, %d duplicates, %d of %d confirmed, the slowest %.2f s after its last answer%n",
        burstMillis / 1000.0, percentile(latencies, 50), percentile(latencies, 95), latencies.get(latencies.size() - 1),
        errors, timeouts, burstMails, burstDuplicates, confirmed, COUNCILS, worst / 1000.0);
    Killed killed = killANodeMidFlight();
    long duplicates = duplicateMessageIds();

    new Bench.Table("Cluster", "scenario", "burst (s)", "answer p50 (ms)", "answer p95 (ms)", "answer max (ms)",
        "non-200 answers", "pool time-outs (logged)", "mails", "duplicate Message-IDs",
        "confirmed", "slowest confirmation after its last answer (s)")
        .row("2 nodes, cold, 10 councils × 4 mentors, 40 answers 20 at a time",
            String.format(Locale.ROOT, "%.2f", burstMillis / 1000.0), percentile(latencies, 50),
            percentile(latencies, 95), latencies.get(latencies.size() - 1), errors, timeouts,
            burstMails, burstDuplicates, confirmed + " / " + COUNCILS,
            String.format(Locale.ROOT, "%.2f", worst / 1000.0))
        .row("node A killed (kill -9) after 6 of 12 answers and a cancellation that frees a waitlisted seat; "
                + "started again", "", "", "", "", killed.errors(), nodes.logLines("Connection is not available, "
                + "request timed out") - timeouts, smtp.getReceivedMessages().length - burstMails,
            duplicates - burstDuplicates, killed.confirmed() + " / " + KILLED_COUNCILS
                + ", reminders " + killed.reminders() + " / " + killed.expectedReminders()
                + ", seat offers " + killed.offers() + ", seat taken: " + killed.seatTaken()
                + ", incidents " + killed.incidents() + ", failed jobs " + killed.failedJobs()
                + ", mails and deliveries still waiting " + killed.waiting(), "")
        .print();

    assertThat(statuses).as("every answer accepted").containsOnly(200);
    assertThat(confirmed).as("every council confirmed").isEqualTo(COUNCILS);
    assertThat(duplicates).as("no mail sent twice").isZero();
    assertThat(killed.errors()).as("answers after the kill").isZero();
    assertThat(killed.confirmed()).as("councils of the kill phase confirmed").isEqualTo(KILLED_COUNCILS);
    assertThat(killed.reminders()).as("first reminders, one to each mentor who had not answered")
        .isEqualTo(killed.expectedReminders());
    assertThat(killed.offers()).as("one seat offer").isEqualTo(1);
    assertThat(killed.seatTaken()).as("the offered seat taken through the other node").isTrue();
    assertThat(killed.incidents() + killed.failedJobs()).as("incidents and failed jobs").isZero();
    assertThat(killed.waiting()).as("mails and deliveries to processes still waiting").isZero();
  }

  /**
   * Three councils of four collecting answers and an event whose one seat is taken with one person waiting:
   * two mentors of each council answer and the seat holder cancels, all through node A, which is then
   * killed at once; B carries on while A starts again. The first reminders (timers) go to the six who had
   * not answered, the seat is offered once and taken through B, the rest answer through both nodes.
   */
  private Killed killANodeMidFlight() throws Exception {
    int mailsBefore = smtp.getReceivedMessages().length;
    List<Council> councils = new ArrayList<>();
    for (int c = COUNCILS; c < COUNCILS + KILLED_COUNCILS; c++) {
      councils.add(council(c));
    }
    Map<String, String> links = availabilityLinks(KILLED_COUNCILS * MENTORS_PER_COUNCIL, mailsBefore);
    String host = person(NODE_B, "Event Host", "host", "HOST", null);
    String holder = person(NODE_B, "Seat Holder", "holder", "PATIENT", null);
    String waiting = person(NODE_B, "Waiting Member", "waiting", "PATIENT", null);
    String day = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS).toString().substring(0, 10);
    HttpResponse<String> event = nodes.api(NODE_B, "POST", "/api/v1/events", """
        {"title": "Cluster support group", "eventType": "support group", "kind": "GROUP", "format": "VIRTUAL",
         "start": "%sT18:00:00Z", "end": "%sT19:00:00Z", "timezone": "Europe/Berlin", "hostId": "%s",
         "maxParticipants": 1}""".formatted(day, day, host));
    assertThat(event.statusCode()).as(event.body()).isEqualTo(201);
    String eventId = JSON.readTree(event.body()).get("id").asText();
    for (String member : List.of(holder, waiting)) {
      HttpResponse<String> registered = nodes.api(NODE_B, "POST", "/api/v1/events/" + eventId + "/register",
          "{\"userId\": \"%s\", \"codeOfConductVersion\": \"2026-01\"}".formatted(member));
      assertThat(registered.statusCode()).as(registered.body()).isIn(200, 201);
    }

    int errors = 0;
    List<String> early = new ArrayList<>();
    List<String> late = new ArrayList<>();
    for (Council council : councils) {
      for (int m = 0; m < MENTORS_PER_COUNCIL; m++) {
        (m < 2 ? early : late).add("mentor-" + council.index() + "-" + m + "@cluster.example");
      }
    }
    for (String mentor : early) {
      errors += nodes.answerFirstSlot(NODE_A, links.get(mentor)).statusCode() == 200 ? 0 : 1;
    }
    HttpResponse<String> cancelled = nodes.api(NODE_A, "DELETE", "/api/v1/events/" + eventId + "/register?userId="
        + holder, null);
    assertThat(cancelled.statusCode()).as(cancelled.body()).isIn(200, 204);
    nodes.kill(NODE_A);
    // B carries on alone while A starts again.
    java.util.concurrent.CompletableFuture<Void> restarted = java.util.concurrent.CompletableFuture.runAsync(() -> {
      try {
        nodes.start(NODE_A);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });

    // The first reminders come from the timers, whichever node runs them.
    Awaitility.await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
        .until(() -> count(mailsBefore, m -> subject(m).startsWith(FIRST_REMINDER)) >= late.size());
    String offer = Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
        .until(() -> offerLink(mailsBefore), java.util.Optional::isPresent).orElseThrow();
    HttpResponse<String> accepted = nodes.client.send(java.net.http.HttpRequest.newBuilder(
            ClusterNodes.uri(NODE_B, offer)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("choice=accept")).build(),
        HttpResponse.BodyHandlers.ofString());
    errors += accepted.statusCode() == 200 ? 0 : 1;
    restarted.get(10, java.util.concurrent.TimeUnit.MINUTES);
    for (int i = 0; i < late.size(); i++) {
      errors += nodes.answerFirstSlot(i % 2 == 0 ? NODE_A : NODE_B, links.get(late.get(i))).statusCode() == 200 ? 0 : 1;
    }
    Map<String, Long> answeredAt = new HashMap<>();
    links.keySet().forEach(mentor -> answeredAt.put(mentor, System.nanoTime()));
    long confirmed = waitForConfirmations(councils, answeredAt, Duration.ofMinutes(3)).values().stream()
        .filter(v -> v >= 0).count();
    quiet();

    JsonNode participants = JSON.readTree(nodes.api(NODE_B, "GET", "/api/v1/events/" + eventId + "/participants",
        null).body());
    boolean seatTaken = false;
    for (JsonNode participant : participants) {
      seatTaken |= participant.toString().contains(waiting) && "CONFIRMED".equals(participant.path("status").asText());
    }
    long reminders = count(mailsBefore, m -> late.contains(recipient(m)) && subject(m).startsWith(FIRST_REMINDER));
    long remindersToEarly = count(mailsBefore, m -> early.contains(recipient(m)) && subject(m).startsWith(FIRST_REMINDER));
    assertThat(remindersToEarly).as("reminders to mentors who had answered before the kill").isZero();
    long offers = count(mailsBefore, m -> subject(m).contains("A seat is free"));
    long incidents = JSON.readTree(nodes.admin(NODE_B, "/engine-rest/incident/count").body()).get("count").asLong();
    long failedJobs = JSON.readTree(nodes.admin(NODE_B, "/engine-rest/job/count?withException=true").body())
        .get("count").asLong();
    long stillWaiting = nodes.count("select count(*) from pending_correlation where status = 'PENDING'")
        + nodes.count("select count(*) from outbound_message where status = 'PENDING'");
    return new Killed(errors, confirmed, reminders, late.size(), offers, seatTaken, incidents, failedJobs, stillWaiting);
  }

  private record Killed(int errors, long confirmed, long reminders, int expectedReminders, long offers,
      boolean seatTaken, long incidents, long failedJobs, long waiting) {}

  private java.util.Optional<String> offerLink(int from) {
    MimeMessage[] messages = smtp.getReceivedMessages();
    for (int i = from; i < messages.length; i++) {
      if (subject(messages[i]).contains("A seat is free")) {
        Matcher link = LINK.matcher(decoded(body(messages[i])));
        if (link.find()) {
          return java.util.Optional.of(link.group(1));
        }
      }
    }
    return java.util.Optional.empty();
  }

  private long count(int from, java.util.function.Predicate<MimeMessage> which) {
    MimeMessage[] messages = smtp.getReceivedMessages();
    return Arrays.stream(messages, from, messages.length).filter(which).count();
  }

  private static String subject(MimeMessage message) {
    try {
      return String.valueOf(message.getSubject());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String body(MimeMessage message) {
    return GreenMailUtil.getBody(message);
  }

  private static String recipient(MimeMessage message) {
    try {
      return ((jakarta.mail.internet.InternetAddress) message.getAllRecipients()[0]).getAddress();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Ten mentees and 40 mentors, then ten councils, created alternately through both nodes. */
  private List<Council> councils(int count) throws Exception {
    List<Council> councils = new ArrayList<>();
    for (int c = 0; c < count; c++) {
      councils.add(council(c));
    }
    return councils;
  }

  /** Council number {@code c}: its mentee and four mentors, then the council, through node A or B. */
  private Council council(int c) throws Exception {
    Instant firstSlot = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS).plus(8, ChronoUnit.HOURS);
    int port = c % 2 == 0 ? NODE_A : NODE_B;
    String mentee = person(port, "Mentee " + c, "mentee-" + c, "PATIENT", "COUNCIL");
    List<String> mentors = new ArrayList<>();
    for (int m = 0; m < MENTORS_PER_COUNCIL; m++) {
      mentors.add(person(m % 2 == 0 ? NODE_A : NODE_B, "Mentor " + c + "-" + m, "mentor-" + c + "-" + m, "MENTOR",
          null));
    }
    long offset = c * 3L;
    String slots = java.util.stream.IntStream.range(0, 3)
        .mapToObj(i -> firstSlot.plus(offset + i, ChronoUnit.HOURS))
        .map(s -> "{\"start\": \"%s\", \"end\": \"%s\"}".formatted(s, s.plus(1, ChronoUnit.HOURS)))
        .collect(Collectors.joining(", "));
    HttpResponse<String> created = nodes.api(port, "POST", "/api/v1/councils", """
        {"menteeId": "%s", "topic": "Cluster %d", "proposedSlots": [%s], "mentorIds": [%s],
         "mentorMinimum": 3, "mentorMaximum": 4}""".formatted(mentee, c, slots,
        mentors.stream().map(m -> "\"" + m + "\"").collect(Collectors.joining(", "))));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return new Council(UUID.fromString(JSON.readTree(created.body()).get("id").asText()), c);
  }

  private String person(int port, String name, String mailbox, String role, String plan) throws Exception {
    HttpResponse<String> created = nodes.api(port, "POST", "/api/v1/people", """
        {"displayName": "%s", "email": "%s@cluster.example", "timezone": "Europe/Berlin", "roles": ["%s"]%s}"""
        .formatted(name, mailbox, role, plan == null ? "" : ", \"plan\": \"" + plan + "\""));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return JSON.readTree(created.body()).get("id").asText();
  }

  /** Each mentor's first slot link (email → /r/...), from the availability requests at the SMTP server. */
  private Map<String, String> availabilityLinks(int expected, int from) {
    Map<String, String> links = new LinkedHashMap<>();
    Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() -> {
      MimeMessage[] messages = smtp.getReceivedMessages();
      for (MimeMessage message : Arrays.copyOfRange(messages, from, messages.length)) {
        String body = GreenMailUtil.getBody(message);
        String to = ((jakarta.mail.internet.InternetAddress) message.getAllRecipients()[0]).getAddress();
        if (body.contains("small council of mentors") && !links.containsKey(to)) {
          Matcher link = LINK.matcher(decoded(body));
          if (link.find()) {
            links.put(to, link.group(1));
          }
        }
      }
      return links.size() >= expected;
    });
    return links;
  }

  /** Quoted-printable soft line breaks and =3D undone, enough for a link. */
  private static String decoded(String body) {
    return body.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
  }

  /** Per council: milliseconds from its last answer's response to the first poll that saw it CONFIRMED (-1: never). */
  private Map<UUID, Long> waitForConfirmations(List<Council> councils, Map<String, Long> answeredAt, Duration atMost)
      throws Exception {
    Map<UUID, Long> confirmedAt = new HashMap<>();
    long deadline = System.nanoTime() + atMost.toNanos();
    while (confirmedAt.size() < councils.size() && System.nanoTime() < deadline) {
      for (Council council : councils) {
        if (!confirmedAt.containsKey(council.id())) {
          HttpResponse<String> read = nodes.api(NODE_A, "GET", "/api/v1/councils/" + council.id(), null);
          JsonNode json = JSON.readTree(read.body());
          if ("CONFIRMED".equals(json.path("status").asText())) {
            confirmedAt.put(council.id(), System.nanoTime());
          }
        }
      }
      Thread.sleep(100);
    }
    Map<UUID, Long> afterLastAnswer = new HashMap<>();
    for (Council council : councils) {
      long last = answeredAt.entrySet().stream()
          .filter(e -> e.getKey().startsWith("mentor-" + council.index() + "-"))
          .mapToLong(Map.Entry::getValue).max().orElseThrow();
      Long at = confirmedAt.get(council.id());
      afterLastAnswer.put(council.id(), at == null ? -1 : Math.max(0, (at - last) / 1_000_000));
    }
    return afterLastAnswer;
  }

  /** Waits until no mail arrived for 10 s (the confirmations are the last ones; a resend would come later). */
  private void quiet() throws InterruptedException {
    int seen = -1;
    for (int i = 0; i < 60 && seen != smtp.getReceivedMessages().length; i++) {
      seen = smtp.getReceivedMessages().length;
      Thread.sleep(10_000);
    }
  }

  private long duplicateMessageIds() throws Exception {
    List<String> ids = new ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      ids.add(message.getMessageID());
    }
    Map<String, Long> counted = ids.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    return counted.values().stream().filter(n -> n > 1).mapToLong(n -> n - 1).sum();
  }

  private static long percentile(List<Long> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index));
  }

  private record Council(UUID id, int index) {}
}
