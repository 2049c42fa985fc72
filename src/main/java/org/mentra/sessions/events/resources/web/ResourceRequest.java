package org.mentra.sessions.events.resources.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.mentra.sessions.events.resources.domain.ResourceType;

/**
 * {@code POST /api/v1/events/{id}/resources}.
 *
 * @param url an absolute http or https address, at most 2000 characters, without credentials
 */
record ResourceRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 2000) String url,
    @NotNull ResourceType type) {}
