package org.mentra.sessions.events;

import org.mentra.sessions.shared.FieldProblem;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The features' {@link EventKindExtension}s, at most one per kind; a kind without one adds nothing. */
@Component
public class EventKinds {

  private final Map<EventKind, EventKindExtension> extensions;

  EventKinds(List<EventKindExtension> extensions) {
    this.extensions = extensions.stream().collect(Collectors.toMap(EventKindExtension::kind, Function.identity()));
  }

  /** The request's kind checks its own fields; every other kind refuses its fields. */
  void check(EventRequest request, List<FieldProblem> problems) {
    extensions.values().forEach(extension -> {
      if (extension.kind() == request.kind()) {
        extension.check(request, problems);
      } else {
        extension.checkOtherKind(request, problems);
      }
    });
  }

  void checkChange(Event event, EventRequest request) {
    of(event).ifPresent(extension -> extension.checkChange(event, request));
  }

  void save(Event event, EventRequest request) {
    of(event).ifPresent(extension -> extension.save(event, request));
  }

  /** Each event's kind fields by id ({@link EventKindFields#NONE} where its kind adds nothing), one read per kind. */
  public Map<UUID, EventKindFields> fields(Collection<Event> events) {
    Map<UUID, EventKindFields> fields = new HashMap<>();
    events.stream().collect(Collectors.groupingBy(Event::getKind)).forEach((kind, ofKind) ->
        Optional.ofNullable(extensions.get(kind)).ifPresent(extension -> fields.putAll(extension.describe(ofKind))));
    events.forEach(event -> fields.putIfAbsent(event.getId(), EventKindFields.NONE));
    return fields;
  }

  private Optional<EventKindExtension> of(Event event) {
    return Optional.ofNullable(extensions.get(event.getKind()));
  }
}
