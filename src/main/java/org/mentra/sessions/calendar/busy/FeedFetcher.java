package org.mentra.sessions.calendar.busy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.ResponseInfo;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentra.sessions.shared.InvalidInput;

/**
 * Fetches a calendar feed as an untrusted URL: the address checked by the {@link FeedAddressGuard}
 * before connecting, redirects followed by hand (at most the configured number) so that each target
 * is checked too, one time cap for the whole fetch including a slowly trickling body, and reading
 * stopped as soon as the body passes the size cap. Any 2xx body is taken: feeds come as text/calendar,
 * text/plain or application/octet-stream alike, and reading them decides. Nothing here logs; the
 * failures name the feed by scheme and host only.
 */
public final class FeedFetcher {

  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
  private static final Pattern CHARSET = Pattern.compile("charset=\"?([\\w.:-]+)\"?", Pattern.CASE_INSENSITIVE);

  private final FeedAddressGuard guard;
  private final Duration timeout;
  private final long maxBytes;
  private final int maxRedirects;
  private final HttpClient client;

  public FeedFetcher(FeedAddressGuard guard, BusyFeedProperties properties) {
    this.guard = guard;
    this.timeout = properties.timeout();
    this.maxBytes = properties.maxSize().toBytes();
    this.maxRedirects = properties.maxRedirects();
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER) // followed by hand, each target through the guard
        .connectTimeout(timeout)
        .build();
  }

  /** The feed at the URL (as given by its owner), or why not. */
  public FetchResult fetch(String feedUrl) {
    URI uri;
    try {
      uri = guard.check(feedUrl);
    } catch (InvalidInput refused) {
      return new FeedFailure(FeedProblem.ADDRESS_REFUSED, refused.getMessage());
    }
    return fetch(uri);
  }

  private FetchResult fetch(URI first) {
    long deadline = System.nanoTime() + timeout.toNanos();
    URI uri = first;
    for (int redirects = 0; ; redirects++) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return timedOut(first);
      }
      HttpRequest request = HttpRequest.newBuilder(uri)
          .timeout(Duration.ofNanos(left))
          .header("Accept", "text/calendar, text/plain;q=0.5, */*;q=0.1")
          .GET().build();
      CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request, this::body);
      HttpResponse<byte[]> response;
      try {
        response = exchange.get(left, TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        exchange.cancel(true); // since Java 16 this aborts the exchange and closes its connection
        return timedOut(first);
      } catch (InterruptedException e) {
        exchange.cancel(true);
        Thread.currentThread().interrupt();
        return new FeedFailure(FeedProblem.UNREACHABLE, "Reading the calendar feed " + name(first) + " was stopped.");
      } catch (ExecutionException | CancellationException e) {
        return failure(first, e.getCause() == null ? e : e.getCause());
      }
      int status = response.statusCode();
      if (REDIRECTS.contains(status)) {
        Optional<String> location = response.headers().firstValue("Location");
        if (location.isEmpty()) {
          return notOk(first, status);
        }
        if (redirects == maxRedirects) {
          return new FeedFailure(FeedProblem.TOO_MANY_REDIRECTS, "The calendar feed " + name(first)
              + " redirected more than " + maxRedirects + " times.");
        }
        try {
          uri = guard.check(uri.resolve(location.get().strip()));
        } catch (IllegalArgumentException e) {
          return new FeedFailure(FeedProblem.NOT_OK, "The calendar feed " + name(first)
              + " redirected to an address that is not a web address.");
        } catch (InvalidInput refused) {
          return new FeedFailure(FeedProblem.ADDRESS_REFUSED, "The calendar feed " + name(first)
              + " redirected to an address that is not allowed: " + refused.getMessage());
        }
        continue;
      }
      if (status < 200 || status > 299) {
        return notOk(first, status);
      }
      return new FetchResult.Fetched(text(response));
    }
  }

  /** The body of a success, read up to the cap; the body of anything else is not read at all. */
  private BodySubscriber<byte[]> body(ResponseInfo info) {
    if (info.statusCode() < 200 || info.statusCode() > 299) {
      return HttpResponse.BodySubscribers.replacing(new byte[0]);
    }
    long announced = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    return new CappedBody(maxBytes, announced > maxBytes);
  }

  private static String text(HttpResponse<byte[]> response) {
    Charset charset = StandardCharsets.UTF_8;
    Matcher m = CHARSET.matcher(response.headers().firstValue("Content-Type").orElse(""));
    if (m.find()) {
      try {
        charset = Charset.forName(m.group(1));
      } catch (IllegalArgumentException unknown) {
        // RFC 5545 says UTF-8; a charset we do not know is no reason to give up
      }
    }
    String text = new String(response.body(), charset);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private FeedFailure failure(URI first, Throwable cause) {
    if (causedBy(cause, TooLarge.class)) {
      return new FeedFailure(FeedProblem.TOO_LARGE, "The calendar feed " + name(first) + " is larger than "
          + (maxBytes >= 1024 * 1024 ? maxBytes / (1024 * 1024) + " MiB" : maxBytes / 1024 + " KiB")
          + "; share a calendar with fewer past events, or only your busy times.");
    }
    if (causedBy(cause, HttpTimeoutException.class)) {
      return timedOut(first);
    }
    return new FeedFailure(FeedProblem.UNREACHABLE, "The calendar feed " + name(first) + " could not be reached"
        + (cause instanceof IOException && cause.getClass() != IOException.class
            ? " (" + cause.getClass().getSimpleName() + ")." : "."));
  }

  private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private FeedFailure timedOut(URI first) {
    return new FeedFailure(FeedProblem.TIMED_OUT, "The calendar feed " + name(first) + " did not answer within "
        + timeout.toMillis() + " ms.");
  }

  private static FeedFailure notOk(URI first, int status) {
    String hint = status == 401 || status == 403 || status == 404
        ? " Its address may have changed or been revoked; copy it again from your calendar's sharing settings." : "";
    return new FeedFailure(FeedProblem.NOT_OK, "The calendar feed " + name(first) + " answered HTTP " + status + "."
        + hint);
  }

  private static String name(URI uri) {
    return FeedAddressGuard.redacted(uri);
  }

  /** Thrown into the exchange when the body passes the cap. */
  private static final class TooLarge extends IOException {
    TooLarge() {
      super("over the size cap");
    }
  }

  /** Collects the body and cancels the stream the moment it passes the cap, so the rest is never read. */
  private static final class CappedBody implements BodySubscriber<byte[]> {

    private final long cap;
    private final boolean tooLargeAnnounced;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    private Flow.Subscription subscription;

    CappedBody(long cap, boolean tooLargeAnnounced) {
      this.cap = cap;
      this.tooLargeAnnounced = tooLargeAnnounced;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      if (tooLargeAnnounced) {
        subscription.cancel();
        result.completeExceptionally(new TooLarge());
        return;
      }
      subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer buffer : buffers) {
        if (bytes.size() + (long) buffer.remaining() > cap) {
          subscription.cancel();
          result.completeExceptionally(new TooLarge());
          return;
        }
        byte[] chunk = new byte[buffer.remaining()];
        buffer.get(chunk);
        bytes.write(chunk, 0, chunk.length);
      }
      subscription.request(1);
    }

    @Override
    public void onError(Throwable throwable) {
      result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
      result.complete(bytes.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }
  }
}
