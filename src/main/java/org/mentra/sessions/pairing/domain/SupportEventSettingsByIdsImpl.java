package org.mentra.sessions.pairing.domain;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.Session;
import org.springframework.transaction.annotation.Transactional;

/**
 * By Hibernate's multi-id load: one select with the ids as one array parameter, whose SQL Hibernate builds
 * once. A query's {@code in :ids} (a list parameter) is translated to SQL anew on every call, as is
 * findAllById's criteria query (JFR: about half of an events list's CPU, each time).
 */
class SupportEventSettingsByIdsImpl implements SupportEventSettingsByIds {

  private final EntityManager entityManager;

  SupportEventSettingsByIdsImpl(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  @Transactional(readOnly = true)
  public List<SupportEventSettings> findByEventIds(Collection<UUID> eventIds) {
    return entityManager.unwrap(Session.class).byMultipleIds(SupportEventSettings.class)
        .enableOrderedReturn(false).multiLoad(List.copyOf(eventIds)).stream().filter(Objects::nonNull).toList();
  }
}
