package org.mentra.sessions.engine;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A coordinator's entry in a Tasklist form that cannot be taken as it is: thrown by the delegate or
 * task listener that checks the form, it undoes the start or the completion, and Tasklist shows the
 * message as it is. So the message speaks the form's language (its labels, not variable names) and
 * says what to change. The engine takes it as the user's mistake it is: no ERROR log, and its REST
 * API answers 400 ({@link FormRefusals}).
 */
public class FormRefusal extends BadUserRequestException {

  public FormRefusal(String message) {
    super(message);
  }
}
