package org.mentra.sessions.safety;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** For tests: every HostRemoved the application published (safety-hosts listens to it in the product). */
@Component
public class HostRemovals {

  private final List<HostRemoved> removed = new CopyOnWriteArrayList<>();

  @EventListener
  void on(HostRemoved event) {
    removed.add(event);
  }

  public List<HostRemoved> removed() {
    return List.copyOf(removed);
  }
}
