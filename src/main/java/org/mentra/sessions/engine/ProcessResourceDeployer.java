package org.mentra.sessions.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the diagrams of {@code bpmn/} and the forms of {@code forms/} when the engine starts.
 * Resources are named by folder and file ({@code bpmn/council-session.bpmn}) whichever way the app
 * is started, and only what changed since the last deployment becomes a new version: a process
 * owner edits a diagram in Modeler, restarts, and runs the new version.
 *
 * <p>Before anything is deployed, {@link ModelCheck} checks the files against the running code. A
 * changed file that breaks a rule (a delegate, form or configuration property that does not exist)
 * is not deployed: the error log names the element and the rule, and the version deployed before
 * keeps running. Camunda alone would deploy it and fail later, in front of users. A broken file with
 * no earlier version stops the start, as the application cannot work without it.
 *
 * <p>Why this and not {@code @EnableProcessApplication} with {@code processes.xml}: a process
 * application scans its archive by absolute path and knows no {@code .form} resources of
 * {@code forms/}, and it offers no place to refuse a broken diagram before it is deployed.
 */
@Component
public class ProcessResourceDeployer extends AbstractProcessEnginePlugin implements BeanFactoryAware {

  public static final String DEPLOYMENT_NAME = "mentra-sessions";
  static final List<String> FOLDERS = List.of("bpmn", "forms");
  private static final List<String> EXTENSIONS = List.of(".bpmn", ".form");
  private static final Logger log = LoggerFactory.getLogger(ProcessResourceDeployer.class);

  private ListableBeanFactory beans;

  @Override
  public void setBeanFactory(BeanFactory beanFactory) {
    this.beans = (ListableBeanFactory) beanFactory;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    List<NamedResource> resources = classpathResources();
    List<ModelCheck.Violation> violations = ModelCheck.check(resources, new ApplicationModelBeans(beans),
        ApplicationModelBeans.correlatedMessages());
    deployChecked(processEngine.getRepositoryService(), DEPLOYMENT_NAME, resources, violations)
        .ifPresent(d -> log.info("Deployed {} process definition(s) as deployment {}",
            d.getDeployedProcessDefinitions() == null ? 0 : d.getDeployedProcessDefinitions().size(), d.getId()));
  }

  /**
   * Deploys what changed among the resources, leaving out each changed file the model check found at
   * fault (and, for a rule broken between code and diagrams, every changed diagram); empty when
   * nothing was deployed.
   *
   * @throws IllegalStateException when a file at fault has no earlier version to keep running
   */
  public Optional<DeploymentWithDefinitions> deployChecked(RepositoryService repository, String deploymentName,
      List<NamedResource> resources, List<ModelCheck.Violation> violations) {
    Map<String, String> deployed = latestDeployed(repository, deploymentName,
        resources.stream().map(NamedResource::name).toList());
    Map<String, List<ModelCheck.Violation>> refused = new TreeMap<>();
    for (ModelCheck.Violation violation : violations) {
      if (resources.stream().anyMatch(r -> r.name().equals(violation.file()))) {
        refused.computeIfAbsent(violation.file(), f -> new ArrayList<>()).add(violation);
      } else {
        // Between the code and the diagrams (a message no diagram declares): the changed diagrams did it.
        resources.stream().filter(r -> r.name().endsWith(".bpmn") && !r.content().equals(deployed.get(r.name())))
            .forEach(r -> refused.computeIfAbsent(r.name(), f -> new ArrayList<>()).add(violation));
      }
    }
    List<NamedResource> accepted = new ArrayList<>();
    for (NamedResource resource : resources) {
      List<ModelCheck.Violation> faults = refused.get(resource.name());
      if (faults == null) {
        accepted.add(resource);
      } else if (resource.content().equals(deployed.get(resource.name()))) {
        accepted.add(resource); // unchanged: what runs already; the rule broken is the code's
        log.error("{} breaks rules of the model check, as deployed: {}", resource.name(), faults);
      } else if (deployed.containsKey(resource.name())) {
        log.error("{} was changed but is not deployed, because it breaks rules of the model check:\n  {}\n"
            + "The version deployed before keeps running. Correct the file (Camunda Modeler) and start again.",
            resource.name(), String.join("\n  ", faults.stream().map(ModelCheck.Violation::toString).toList()));
      } else {
        throw new IllegalStateException(resource.name() + " breaks rules of the model check and has no earlier "
            + "version to keep running:\n  " + String.join("\n  ",
                faults.stream().map(ModelCheck.Violation::toString).toList()));
      }
    }
    return deploy(repository, deploymentName, accepted);
  }

  /** Deploys what changed among the given resources; empty when there was nothing to deploy. */
  public Optional<DeploymentWithDefinitions> deploy(RepositoryService repository, List<NamedResource> resources) {
    return deploy(repository, DEPLOYMENT_NAME, resources);
  }

  private Optional<DeploymentWithDefinitions> deploy(RepositoryService repository, String deploymentName,
      List<NamedResource> resources) {
    if (resources.isEmpty()) {
      return Optional.empty();
    }
    DeploymentBuilder builder = repository.createDeployment()
        .name(deploymentName)
        .source(deploymentName)
        .enableDuplicateFiltering(true);
    resources.forEach(r -> builder.addString(r.name(), r.content()));
    return Optional.of(builder.deployWithResult());
  }

  /** The content of each named resource as last deployed (deployments newest first, until all are found). */
  private static Map<String, String> latestDeployed(RepositoryService repository, String deploymentName,
      List<String> names) {
    Map<String, String> latest = new HashMap<>();
    for (Deployment deployment : repository.createDeploymentQuery().deploymentName(deploymentName)
        .orderByDeploymentTime().desc().list()) {
      if (latest.keySet().containsAll(names)) {
        break;
      }
      for (org.camunda.bpm.engine.repository.Resource resource : repository.getDeploymentResources(deployment.getId())) {
        if (!latest.containsKey(resource.getName())) {
          latest.put(resource.getName(), new String(resource.getBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
      }
    }
    return latest;
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
