package org.mentra.sessions.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.mentra.sessions.shared.TimeRange;

/**
 * People's own calendars for busy times, served on 127.0.0.1 (the test profile allows that host for
 * busy-time feeds): each feed is an .ics of busy events, or answers an error once {@link #fail} is called.
 */
public final class BusyFeedServer implements AutoCloseable {

  private static final DateTimeFormatter ICS_UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);

  private final HttpServer server;
  private final Map<String, Integer> failing = new ConcurrentHashMap<>();

  private BusyFeedServer(HttpServer server) {
    this.server = server;
  }

  public static BusyFeedServer start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.start();
      return new BusyFeedServer(server);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new feed whose events are the busy times; returns its URL. */
  public String feed(List<TimeRange> busy) {
    String path = "/feed-" + UUID.randomUUID() + "/basic.ics";
    StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Busy//EN\r\n");
    for (TimeRange range : busy) {
      ics.append("BEGIN:VEVENT\r\nUID:").append(UUID.randomUUID()).append("\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:")
          .append(ICS_UTC.format(range.start())).append("\r\nDTEND:").append(ICS_UTC.format(range.end()))
          .append("\r\nSUMMARY:Busy\r\nEND:VEVENT\r\n");
    }
    byte[] body = ics.append("END:VCALENDAR\r\n").toString().getBytes(StandardCharsets.UTF_8);
    server.createContext(path, exchange -> {
      Integer status = failing.get(path);
      byte[] answer = status == null ? body : "unavailable".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", status == null ? "text/calendar; charset=utf-8" : "text/plain");
      exchange.sendResponseHeaders(status == null ? 200 : status, answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    });
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** From now on the feed answers with this HTTP status. */
  public void fail(String url, int status) {
    failing.put(url.substring(url.indexOf("/feed-")), status);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
