package org.mentra.sessions.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Everything logged at ERROR (any logger, any thread) while it is open: a user's mistake must be
 * refused without one.
 */
public final class LoggedErrors implements AutoCloseable {

  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  private LoggedErrors() {
    appender.start();
    root.addAppender(appender);
  }

  public static LoggedErrors capture() {
    return new LoggedErrors();
  }

  /** Each ERROR line: logger, then message. */
  public List<String> lines() {
    return appender.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
        .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).toList();
  }

  @Override
  public void close() {
    root.detachAppender(appender);
    appender.stop();
  }
}
