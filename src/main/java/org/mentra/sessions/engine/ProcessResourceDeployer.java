package org.mentra.sessions.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the diagrams of {@code bpmn/} and the forms of {@code forms/} when the engine starts.
 * Resources are named by folder and file ({@code bpmn/council-session.bpmn}) whichever way the app
 * is started, and only what changed since the last deployment becomes a new version: a process
 * owner edits a diagram in Modeler, restarts, and runs the new version.
 */
@Component
public class ProcessResourceDeployer extends AbstractProcessEnginePlugin {

  public static final String DEPLOYMENT_NAME = "mentra-sessions";
  static final List<String> FOLDERS = List.of("bpmn", "forms");
  private static final List<String> EXTENSIONS = List.of(".bpmn", ".form");
  private static final Logger log = LoggerFactory.getLogger(ProcessResourceDeployer.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    deploy(processEngine.getRepositoryService(), classpathResources())
        .ifPresent(d -> log.info("Deployed {} process definition(s) as deployment {}",
            d.getDeployedProcessDefinitions() == null ? 0 : d.getDeployedProcessDefinitions().size(), d.getId()));
  }

  /** Deploys what changed among the given resources; empty when there was nothing to deploy. */
  public Optional<DeploymentWithDefinitions> deploy(RepositoryService repository, List<NamedResource> resources) {
    if (resources.isEmpty()) {
      return Optional.empty();
    }
    DeploymentBuilder builder = repository.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source(DEPLOYMENT_NAME)
        .enableDuplicateFiltering(true);
    resources.forEach(r -> builder.addString(r.name(), r.content()));
    return Optional.of(builder.deployWithResult());
  }

  /** Every diagram and form on the classpath, named relative to it. */
  public static List<NamedResource> classpathResources() {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    List<NamedResource> found = new ArrayList<>();
    for (String folder : FOLDERS) {
      for (String extension : EXTENSIONS) {
        try {
          for (Resource resource : resolver.getResources("classpath*:" + folder + "/*" + extension)) {
            found.add(new NamedResource(folder + "/" + resource.getFilename(),
                resource.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)));
          }
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read " + folder + "/*" + extension, e);
        }
      }
    }
    found.sort(Comparator.comparing(NamedResource::name));
    return found;
  }

  /** A diagram or form with the name it is deployed under. */
  public record NamedResource(String name, String content) {}
}
