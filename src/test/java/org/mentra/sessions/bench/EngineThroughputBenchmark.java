package org.mentra.sessions.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.council.CouncilAvailabilityService;
import org.mentra.sessions.council.CouncilProperties;
import org.mentra.sessions.council.CouncilRequest;
import org.mentra.sessions.council.CouncilService;
import org.mentra.sessions.council.MentorAnswer;
import org.mentra.sessions.council.domain.Availability;
import org.mentra.sessions.engine.JobAcquisitionIndex;
import org.mentra.sessions.engine.MessageCorrelator;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.shared.InvalidInput;
import org.mentra.sessions.shared.TimeRange;
import org.mentra.sessions.support.PostgresTestDatabase;
import org.mentra.sessions.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The process engine on PostgreSQL (a new database of its own), with the real diagrams, services and job
 * executor as shipped: councils booked through {@link CouncilService#request} (a mentee's booking, as the
 * API does it), availability answers through {@link CouncilAvailabilityService#answer} (what a one-click
 * answer POST calls), then the job executor running the mail steps' continuations and, once the engine
 * clock is moved a day on, every first reminder. Last, timer lateness: reminders that come due while a
 * backlog of continuations waits, with Camunda's default acquisition and with ours (due timers first, by
 * due date, with its index). Its own Spring context (the job executor on), only in the bench profile.
 */
@SpringBootTest(properties = {
    // The tests turn the job executor off; here it runs as in production, on the shipped pool size.
    "camunda.bpm.job-execution.enabled=true",
    "spring.datasource.hikari.maximum-pool-size=20"})
@ActiveProfiles("test")
class EngineThroughputBenchmark {

  private static final int COUNCILS = Integer.getInteger("mentra.bench.councils", 150);
  private static final int WARM_UP = 20;
  private static final int MENTORS_PER_COUNCIL = 3;
  private static final int MENTOR_POOL = 60;
  /** Concurrent callers of the services, as concurrent API requests would be. */
  private static final int CLIENTS = Integer.getInteger("mentra.bench.clients", 4);
  /** Councils whose mail steps are the backlog of continuations in a lateness run, and the reminders due meanwhile. */
  private static final int BACKLOG_COUNCILS = Integer.getInteger("mentra.bench.backlog-councils", 100);
  private static final int LATE_TIMERS = 20;
  private static final Duration TIMERS_SPREAD = Duration.ofSeconds(1);
  private static final Duration PATIENCE = Duration.ofMinutes(2);

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = PostgresTestDatabase.fresh("eng_bench_");
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", PostgresTestDatabase::user);
    registry.add("spring.datasource.password", PostgresTestDatabase::password);
  }

  @Autowired
  private ProcessEngine processEngine;
  @Autowired
  private ManagementService management;
  @Autowired
  private RuntimeService runtime;
  @Autowired
  private CouncilService councils;
  @Autowired
  private CouncilAvailabilityService availability;
  @Autowired
  private CouncilProperties councilProperties;
  @Autowired
  private MessageCorrelator correlator;
  @Autowired
  private PersonRepository people;
  @Autowired
  private CamundaBpmProperties camunda;
  @Autowired
  private DataSource dataSource;
  @Autowired
  private JdbcTemplate jdbc;

  private final Random random = new Random(Long.getLong("mentra.bench.seed", 42));
  private final AtomicInteger bookings = new AtomicInteger();
  private List<Person> mentors;
  private List<Person> mentees;

  /** A council as booked: its mentors (the first one the lead) and its slots. */
  private record Booked(UUID id, List<UUID> mentors, List<Instant> slots) {}

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void engine() throws Exception {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    JobExecutor jobExecutor = configuration.getJobExecutor();
    String settings = settings(configuration, jobExecutor);
    jobExecutor.shutdown();
    ClockUtil.reset();
    mentors = new ArrayList<>();
    for (int i = 0; i < MENTOR_POOL; i++) {
      Person mentor = TestPeople.person("Mentor " + i, List.of("Europe/Berlin", "Africa/Lagos", "Asia/Kolkata",
          "America/New_York").get(i % 4), Role.MENTOR, Plan.PROFESSIONAL);
      mentor.setExpertise(List.of("burnout", "career"));
      mentor.setSeniority(3);
      mentors.add(people.save(mentor));
    }
    int limit = councilProperties.monthlyLimit(Plan.COUNCIL);
    mentees = new ArrayList<>();
    for (int i = 0; i < (WARM_UP + COUNCILS + 2 * (BACKLOG_COUNCILS + LATE_TIMERS)) / limit + 1; i++) {
      mentees.add(people.save(TestPeople.person("Mentee " + i, "Europe/London", Role.PATIENT, Plan.COUNCIL)));
    }
    Bench.Table table = new Bench.Table("Engine", "what", "how many", "seconds", "per second");

    // Bookings: the job executor is stopped, so this is the request path alone.
    List<Booked> warm = book(WARM_UP);
    long start = System.nanoTime();
    List<Booked> booked = book(COUNCILS);
    double seconds = since(start);
    table.row("councils booked and started (`CouncilService.request`, " + CLIENTS + " callers; each asks "
        + MENTORS_PER_COUNCIL + " mentors, mails in the outbox)", COUNCILS, fixed(seconds), fixed(COUNCILS / seconds));

    // The mail steps' continuations (one per mentor), by the job executor; each waits with four timers.
    long continuations = management.createJobQuery().executable().count();
    start = System.nanoTime();
    jobExecutor.start();
    awaitUntil(() -> management.createJobQuery().executable().count() == 0);
    seconds = since(start);
    table.row("continuations run by the job executor (after each availability request)", continuations,
        fixed(seconds), fixed(continuations / seconds));
    assertThat(waitingForAnswers()).isEqualTo((long) (WARM_UP + COUNCILS) * MENTORS_PER_COUNCIL);

    // One answer per council, by its lead, as the one-click page's POST gives it; delivered after commit.
    answerLeads(warm);
    start = System.nanoTime();
    answerLeads(booked);
    seconds = since(start);
    table.row("availability answers taken and correlated (`CouncilAvailabilityService.answer`, " + CLIENTS
        + " callers)", COUNCILS, fixed(seconds), fixed(COUNCILS / seconds));
    assertThat(correlator.pendingCount()).as("every answer reached its process").isZero();
    assertThat(waitingForAnswers()).isEqualTo((long) (WARM_UP + COUNCILS) * (MENTORS_PER_COUNCIL - 1));

    // A day on: every mentor who has not answered is due a first reminder.
    jobExecutor.shutdown();
    ClockUtil.offset(councilProperties.firstReminder().plusMinutes(1).toMillis());
    long reminders = management.createJobQuery().timers().executable().count();
    start = System.nanoTime();
    jobExecutor.start();
    awaitUntil(() -> management.createJobQuery().timers().executable().count() == 0);
    double timerSeconds = since(start);
    awaitUntil(() -> management.createJobQuery().executable().count() == 0);
    seconds = since(start);
    table.row("first reminders (timer jobs) run by the job executor, engine clock moved a day on", reminders,
        fixed(timerSeconds), fixed(reminders / timerSeconds));
    table.row("the same with each reminder's mail step continuation", 2 * reminders, fixed(seconds),
        fixed(2 * reminders / seconds));
    assertThat(reminders).isEqualTo((long) (WARM_UP + COUNCILS) * (MENTORS_PER_COUNCIL - 1));

    // Lateness: reminders come due within a second while a backlog of continuations waits.
    Bench.Table lateness = new Bench.Table("Timer lateness", "job acquisition", "continuations queued",
        "reminders due meanwhile", "lateness p50 (ms)", "p90 (ms)", "max (ms)", "all done after (s)");
    configuration.setJobExecutorPreferTimerJobs(false);
    configuration.setJobExecutorAcquireByDueDate(false);
    jdbc.execute("drop index if exists " + JobAcquisitionIndex.NAME);
    lateness(lateness, "Camunda's default (no order, no index)", jobExecutor);
    configuration.setJobExecutorPreferTimerJobs(true);
    configuration.setJobExecutorAcquireByDueDate(true);
    JobAcquisitionIndex.ensure(configuration);
    lateness(lateness, "shipped: timers first, by due date; index (TYPE_ desc, DUEDATE_ asc)", jobExecutor);

    assertThat(management.createJobQuery().withException().count()).as("no job failed").isZero();
    assertThat(runtime.createIncidentQuery().count()).isZero();
    table.print(lateness.markdown(), settings);
  }

  /**
   * One lateness run, the job executor stopped while it is set up: a backlog of continuations (councils
   * booked), then a few more councils whose mentors are asked at once (their continuations run here), so
   * their reminder timers are written after the backlog; those first reminders are made due within the next
   * second, the job executor starts, and each reminder's lateness is when its mail step stamped the mentor
   * (engine clock) minus its due date.
   */
  private void lateness(Bench.Table table, String mode, JobExecutor jobExecutor) {
    jobExecutor.shutdown();
    book(BACKLOG_COUNCILS);
    long queued = management.createJobQuery().messages().executable().count();
    List<Booked> subjects = book((LATE_TIMERS + MENTORS_PER_COUNCIL - 1) / MENTORS_PER_COUNCIL);
    List<String> timerIds = new ArrayList<>();
    List<UUID[]> whose = new ArrayList<>();
    for (Booked council : subjects) {
      String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(council.id().toString())
          .singleResult().getId();
      management.createJobQuery().processInstanceId(instance).messages().list()
          .forEach(job -> management.executeJob(job.getId()));
      for (Job timer : management.createJobQuery().processInstanceId(instance).activityId("Timer_FirstReminder")
          .timers().list()) {
        if (timerIds.size() < LATE_TIMERS) {
          timerIds.add(timer.getId());
          whose.add(new UUID[] {council.id(), UUID.fromString((String) runtime.getVariable(timer.getExecutionId(),
              "mentorId"))});
        }
      }
    }
    Instant now = ClockUtil.now().toInstant();
    List<Instant> dues = new ArrayList<>();
    for (int i = 0; i < timerIds.size(); i++) {
      Instant due = now.plusMillis(200 + TIMERS_SPREAD.toMillis() * i / timerIds.size());
      management.setJobDuedate(timerIds.get(i), Date.from(due));
      dues.add(due);
    }
    long start = System.nanoTime();
    jobExecutor.start();
    awaitUntil(() -> management.createJobQuery().jobIds(new HashSet<>(timerIds)).count() == 0
        && management.createJobQuery().executable().count() == 0);
    double seconds = since(start);
    long[] late = new long[timerIds.size()];
    for (int i = 0; i < late.length; i++) {
      OffsetDateTime reminded = jdbc.queryForObject("select last_reminder_at from council_mentor where council_id = ?"
          + " and mentor_id = ? and reminders_sent = 1", OffsetDateTime.class, whose.get(i)[0], whose.get(i)[1]);
      late[i] = Duration.between(dues.get(i), reminded.toInstant()).toMillis();
    }
    Arrays.sort(late);
    table.row(mode, queued, late.length, late[late.length / 2], late[(int) Math.ceil(late.length * 0.9) - 1],
        late[late.length - 1], fixed(seconds));
  }

  private List<Booked> book(int count) {
    Instant first = ClockUtil.now().toInstant().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.HOURS);
    List<Instant> slots = List.of(first, first.plus(Duration.ofDays(1)), first.plus(Duration.ofDays(2)));
    List<List<UUID>> picks = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<Person> pool = new ArrayList<>(mentors);
      Collections.shuffle(pool, random);
      picks.add(pool.subList(0, MENTORS_PER_COUNCIL).stream().map(Person::getId).toList());
    }
    int limit = councilProperties.monthlyLimit(Plan.COUNCIL);
    return concurrently(count, i -> {
      Person mentee = mentees.get(bookings.getAndIncrement() / limit);
      List<UUID> picked = picks.get(i);
      try {
        UUID id = councils.request(new CouncilRequest(mentee.getId(), "Burnout and a career change",
            "Find my footing again", "How did you recover?", slots.stream()
                .map(s -> TimeRange.starting(s, councilProperties.sessionLength())).toList(), picked, picked.get(0),
            MENTORS_PER_COUNCIL, MENTORS_PER_COUNCIL), "bench").getId();
        return new Booked(id, picked, slots);
      } catch (InvalidInput e) {
        throw new IllegalStateException(e.problems().toString(), e);
      }
    });
  }

  private void answerLeads(List<Booked> councils) {
    concurrently(councils.size(), i -> {
      Booked council = councils.get(i);
      return availability.answer(council.id(), council.mentors().get(0), new MentorAnswer(List.of(
          new MentorAnswer.SlotAnswer(council.slots().get(0), Availability.AVAILABLE),
          new MentorAnswer.SlotAnswer(council.slots().get(1), Availability.TENTATIVE)), null, null));
    });
  }

  private static <T> List<T> concurrently(int count, IntFunction<T> task) {
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<T>> results = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int n = i;
        results.add(clients.submit(() -> task.apply(n)));
      }
      List<T> done = new ArrayList<>();
      for (Future<T> result : results) {
        done.add(result.get());
      }
      return done;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      clients.shutdownNow();
    }
  }

  private long waitingForAnswers() {
    return runtime.createExecutionQuery().activityId("Task_WaitForAnswer").count();
  }

  /** Polls every 20 ms: the job executor works in the background, and we wait for what it left. */
  private static void awaitUntil(BooleanSupplier done) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the job executor did not finish within " + PATIENCE);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private String settings(ProcessEngineConfigurationImpl configuration, JobExecutor jobExecutor) {
    var execution = camunda.getJobExecution();
    Bench.Table table = new Bench.Table("Engine settings", "setting", "value");
    table.row("history level", configuration.getHistoryLevel().getName());
    table.row("job executor threads (core / max), queue", execution.getCorePoolSize() + " / "
        + execution.getMaxPoolSize() + ", " + execution.getQueueCapacity());
    table.row("maxJobsPerAcquisition", jobExecutor.getMaxJobsPerAcquisition());
    table.row("lockTimeInMillis", jobExecutor.getLockTimeInMillis());
    table.row("waitTimeInMillis (idle), maxWait, waitIncreaseFactor", jobExecutor.getWaitTimeInMillis() + ", "
        + jobExecutor.getMaxWait() + ", " + jobExecutor.getWaitIncreaseFactor());
    table.row("backoffTimeInMillis, maxBackoff", jobExecutor.getBackoffTimeInMillis() + ", "
        + jobExecutor.getMaxBackoff());
    table.row("jobExecutorPreferTimerJobs, jobExecutorAcquireByDueDate (shipped)",
        configuration.isJobExecutorPreferTimerJobs() + ", " + configuration.isJobExecutorAcquireByDueDate());
    table.row("database connections (Hikari maximum-pool-size)", ((HikariDataSource) dataSource).getMaximumPoolSize());
    table.row("database", jdbc.queryForObject("select version()", String.class).replaceAll(" on .*", ""));
    return table.markdown();
  }

  private static double since(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static String fixed(double value) {
    return String.format(Locale.ROOT, value < 10 ? "%.2f" : "%.1f", value);
  }
}
