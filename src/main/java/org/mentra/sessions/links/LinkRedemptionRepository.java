package org.mentra.sessions.links;

import org.springframework.data.jpa.repository.JpaRepository;

interface LinkRedemptionRepository extends JpaRepository<LinkRedemption, String> {}
