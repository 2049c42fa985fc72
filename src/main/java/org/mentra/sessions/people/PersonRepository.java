package org.mentra.sessions.people;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, UUID> {

  Optional<Person> findByEmailIgnoreCase(String email);

  Optional<Person> findByUserId(String userId);

  @Query("select p from Person p join p.roles r where r = :role order by p.displayName")
  List<Person> findByRole(Role role);

  @Query(value = "select p from Person p join p.roles r where r = :role",
      countQuery = "select count(p) from Person p join p.roles r where r = :role")
  Page<Person> findByRole(Role role, Pageable pageable);
}
