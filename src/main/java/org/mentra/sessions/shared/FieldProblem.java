package org.mentra.sessions.shared;

/** One failing field of a request and what is wrong with it, in words for whoever sent it. */
public record FieldProblem(String field, String message) {}
