package org.mentra.sessions.safety;

import java.util.List;
import java.util.UUID;

/** An application to host professional events: the person's credentials, fields of expertise and references. */
public record HostApplicationRequest(UUID personId, String credentials, List<String> expertise,
    List<String> references) {}
