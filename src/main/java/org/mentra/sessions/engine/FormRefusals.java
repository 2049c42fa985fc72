package org.mentra.sessions.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Lets a {@link FormRefusal} reach Tasklist as a refusal, not as a failure. Left alone, the engine
 * wraps one thrown by a task listener ("ENGINE-03051 There was an exception while invoking the
 * TaskListener …"), logs that wrapper at ERROR ("ENGINE-16004"), and the REST API's form endpoints
 * answer 500 to anything but a form field validation error. So:
 * <ul>
 *   <li>inside the command context, the refusal itself is rethrown instead of the engine's wrapper:
 *       the context logs a {@code BadUserRequestException} at DEBUG only, and the message carries no
 *       technical prefix;</li>
 *   <li>outside it (once the context is closed and rolled back), the outermost command hands it on
 *       as the {@link FormFieldValidationException} that the REST API's {@code submit-form} and
 *       {@code complete} endpoints (Tasklist's) answer with 400, logged at DEBUG.</li>
 * </ul>
 */
@Component
public class FormRefusals extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreCommandInterceptorsTxRequired(
        with(configuration.getCustomPreCommandInterceptorsTxRequired(), new AsValidationError()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        with(configuration.getCustomPreCommandInterceptorsTxRequiresNew(), new AsValidationError()));
    configuration.setCustomPostCommandInterceptorsTxRequired(
        with(configuration.getCustomPostCommandInterceptorsTxRequired(), new Unwrapped()));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(
        with(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), new Unwrapped()));
  }

  private static List<CommandInterceptor> with(List<CommandInterceptor> interceptors, CommandInterceptor added) {
    List<CommandInterceptor> all = new ArrayList<>(interceptors == null ? List.of() : interceptors);
    all.add(added);
    return all;
  }

  /** The refusal among the causes, however deep the engine wrapped it. */
  static Optional<FormRefusal> refusalIn(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof FormRefusal refusal) {
        return Optional.of(refusal);
      }
    }
    return Optional.empty();
  }

  /** Inside the command context: the refusal, not the engine's wrapper around it. */
  static final class Unwrapped extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (RuntimeException e) {
        throw refusalIn(e).<RuntimeException>map(r -> r).orElse(e);
      }
    }
  }

  /** Around the outermost command: a refusal leaves the engine as a form validation error. */
  static final class AsValidationError extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      if (Context.getCommandContext() != null) {
        return next.execute(command); // a nested command: the outermost one translates
      }
      try {
        return next.execute(command);
      } catch (FormRefusal refusal) {
        throw new FormFieldValidationException(null, refusal.getMessage(), refusal);
      }
    }
  }
}
