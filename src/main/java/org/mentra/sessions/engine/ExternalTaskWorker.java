package org.mentra.sessions.engine;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.util.ClassUtils;

/**
 * Does the work of one external-task topic ({@code camunda:type="external" camunda:topic="..."}):
 * the way a step runs long work, such as a solver, outside any transaction. A job's delegate runs
 * inside the job's transaction and holds a database connection (and every lock it takes) for as long
 * as it runs; an external task only waits in the process, and {@link ExternalTasks} hands it to its
 * worker outside any transaction.
 */
public interface ExternalTaskWorker {

  /**
   * The topic the diagram names, on the worker's class: the model check reads it before any bean is
   * created (the engine is still being built then).
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @interface Topic {
    String value();
  }

  /** The topic of this worker ({@link Topic} on its class). */
  default String topic() {
    return topicOf(getClass());
  }

  /** The topic a worker class serves; null when it names none. */
  static String topicOf(Class<?> type) {
    Topic topic = AnnotationUtils.findAnnotation(ClassUtils.getUserClass(type), Topic.class);
    return topic == null ? null : topic.value();
  }

  /** How long a node holds a task it took: longer than {@link #work} can take (a crashed node's task runs elsewhere then). */
  Duration lockDuration();

  /** The process variables {@link #work} reads. */
  List<String> variables();

  /**
   * Does the work, outside any transaction, and completes the task ({@code ExternalTaskService.complete}
   * with this worker id) in the transaction that writes its outcome. Throws when it failed: the task is
   * tried again later, and becomes an incident when its tries are used up.
   */
  void work(LockedExternalTask task, String workerId);
}
