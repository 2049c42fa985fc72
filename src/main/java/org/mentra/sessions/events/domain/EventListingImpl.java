package org.mentra.sessions.events.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mentra.sessions.events.Event;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.lang.Nullable;

/**
 * The query holds a condition only for each filter given: Hibernate translates each such text once (its plan
 * cache), the database plans a query without dead {@code (:p is null or …)} branches, and H2 keeps the statement
 * prepared (it parses any query with {@code like} anew on every call, so the text search is there only when
 * asked for). The texts are the fragments below, never a client's value: those are bound as parameters.
 */
class EventListingImpl implements EventListing {

  private static final String SHOWN = """
      e.status in (org.mentra.sessions.events.EventStatus.PUBLISHED, org.mentra.sessions.events.EventStatus.COMPLETED)
        and e.privacy in (org.mentra.sessions.events.EventPrivacy.PUBLIC, org.mentra.sessions.events.EventPrivacy.MEMBERS)""";
  private static final String INVITED_OR_REGISTERED = """
      e.status <> org.mentra.sessions.events.EventStatus.DRAFT
        and (e.id in (select i.eventId from EventInvitee i where i.personId = :me)""";
  private static final String NOT_HIDDEN = """
      (e.privacy in (org.mentra.sessions.events.EventPrivacy.PUBLIC, org.mentra.sessions.events.EventPrivacy.MEMBERS)
        or e.hostId is null or e.hostId not in :hidden)""";

  private final EntityManager entityManager;

  EventListingImpl(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Page<Event> list(ListFilter filter, Pageable pageable) {
    return page(filtered(filter), pageable);
  }

  @Override
  public Page<Event> listVisible(ListFilter filter, @Nullable UUID me, Collection<UUID> registered,
      Collection<UUID> hidden, Pageable pageable) {
    Conditions where = filtered(filter);
    if (me == null) {
      where.add(SHOWN);
    } else {
      where.add("(e.hostId = :me or " + SHOWN + " or " + INVITED_OR_REGISTERED
          + (registered.isEmpty() ? ")" : " or e.id in :registered)") + ")", "me", me);
      if (!registered.isEmpty()) {
        where.parameters.put("registered", registered);
      }
    }
    if (!hidden.isEmpty()) {
      where.add(NOT_HIDDEN, "hidden", hidden);
    }
    return page(where, pageable);
  }

  private static Conditions filtered(ListFilter filter) {
    Conditions where = new Conditions();
    where.add("e.kind = :kind", "kind", filter.kind());
    where.add("e.status = :status", "status", filter.status());
    where.add("e.eventType = :eventType", "eventType", filter.eventType());
    where.add("e.format = :format", "format", filter.format());
    where.add("e.theme = :theme", "theme", filter.theme());
    where.add("e.hostId = :hostId", "hostId", filter.hostId());
    where.add("e.endsAt > :from", "from", filter.from());
    where.add("e.startsAt < :to", "to", filter.to());
    where.add("(lower(e.title) like :pattern escape '!' or lower(e.description) like :pattern escape '!')",
        "pattern", filter.pattern());
    return where;
  }

  private Page<Event> page(Conditions where, Pageable pageable) {
    String from = "from Event e" + (where.texts.isEmpty() ? "" : " where " + String.join(" and ", where.texts));
    // Spring Data's own sorting of a written query; the properties were checked against the operation's SortableBy
    TypedQuery<Event> query = where.bind(entityManager.createQuery(
        QueryUtils.applySorting("select e " + from, pageable.getSort(), "e"), Event.class));
    if (pageable.isPaged()) {
      query.setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize());
    }
    return PageableExecutionUtils.getPage(query.getResultList(), pageable,
        () -> where.bind(entityManager.createQuery("select count(e) " + from, Long.class)).getSingleResult());
  }

  /** The conditions of a query, each with its parameter. */
  private static final class Conditions {
    final List<String> texts = new ArrayList<>();
    final Map<String, Object> parameters = new LinkedHashMap<>();

    /** The condition, if its value is given ({@code null} is "any"). */
    void add(String text, String parameter, @Nullable Object value) {
      if (value != null) {
        texts.add(text);
        parameters.put(parameter, value);
      }
    }

    void add(String text) {
      texts.add(text);
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
      parameters.forEach(query::setParameter);
      return query;
    }
  }
}
