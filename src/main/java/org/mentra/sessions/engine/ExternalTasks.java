package org.mentra.sessions.engine;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.externaltask.ExternalTaskQueryTopicBuilder;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands the processes' external tasks to their {@link ExternalTaskWorker}s, safely when several nodes
 * share one database: each task is fetched and locked by one node (in the engine's own short
 * transaction), worked on outside any transaction, and completed by its worker. A task whose work
 * failed is tried again after {@link #RETRY_AFTER}; after {@link #TRIES} tries it is an incident in Cockpit.
 */
@Component
public class ExternalTasks {

  static final int TRIES = 3;
  static final Duration RETRY_AFTER = Duration.ofSeconds(30);
  /** Tasks taken per poll and topic: the work runs one after the other on the poller's thread. */
  private static final int BATCH = 5;

  private static final Logger log = LoggerFactory.getLogger(ExternalTasks.class);

  private final ExternalTaskService externalTasks;
  private final List<ExternalTaskWorker> workers;
  private final String workerId = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

  ExternalTasks(ExternalTaskService externalTasks, List<ExternalTaskWorker> workers) {
    this.externalTasks = externalTasks;
    this.workers = List.copyOf(workers);
  }

  /** Works off what is waiting, topic by topic; returns how many tasks were worked on. */
  @Scheduled(fixedDelayString = "${mentra.external-tasks.poll-interval:PT1S}")
  public int poll() {
    int worked = 0;
    for (ExternalTaskWorker worker : workers) {
      worked += run(worker, null);
    }
    return worked;
  }

  /** Works off the tasks of one process instance, by its business key (tests drive processes with it). */
  public int runFor(String businessKey) {
    int worked = 0;
    for (ExternalTaskWorker worker : workers) {
      worked += run(worker, businessKey);
    }
    return worked;
  }

  private int run(ExternalTaskWorker worker, String businessKey) {
    ExternalTaskQueryTopicBuilder fetch = externalTasks.fetchAndLock(BATCH, workerId)
        .topic(worker.topic(), worker.lockDuration().toMillis())
        .variables(worker.variables());
    if (businessKey != null) {
      fetch = fetch.businessKey(businessKey);
    }
    List<LockedExternalTask> tasks = fetch.execute();
    for (LockedExternalTask task : tasks) {
      try {
        worker.work(task, workerId);
      } catch (RuntimeException e) {
        int left = (task.getRetries() == null ? TRIES : task.getRetries()) - 1;
        log.warn("External task {} ({}) failed, {} tries left", task.getId(), worker.topic(), left, e);
        try {
          externalTasks.handleFailure(task.getId(), workerId, String.valueOf(e.getMessage()), stackTrace(e),
              Math.max(left, 0), RETRY_AFTER.toMillis());
        } catch (RuntimeException gone) {
          // The process moved on or was cancelled meanwhile: nothing is left to retry.
          log.info("External task {} is gone: {}", task.getId(), gone.getMessage());
        }
      }
    }
    return tasks.size();
  }

  private static String stackTrace(Throwable e) {
    java.io.StringWriter out = new java.io.StringWriter();
    e.printStackTrace(new java.io.PrintWriter(out));
    return out.toString();
  }
}
