package org.mentra.sessions.engine;

/**
 * A BPMN message the code sends to processes. Features list theirs as enums implementing this, so
 * the model check can prove each name exists in a diagram.
 */
public interface ProcessMessage {

  /** The name as written in the diagram ({@code bpmn:message name}). */
  String messageName();
}
