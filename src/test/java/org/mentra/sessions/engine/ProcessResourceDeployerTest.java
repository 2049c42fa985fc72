package org.mentra.sessions.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.engine.ProcessResourceDeployer.NamedResource;
import org.mentra.sessions.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

class ProcessResourceDeployerTest extends IntegrationTest {

  @Autowired
  private ProcessResourceDeployer deployer;

  @Autowired
  private RepositoryService repository;

  @Test
  void anUnchangedDiagramStaysOneVersionAndAChangedOneBecomesTheNext() {
    String key = "deployer-test-" + UUID.randomUUID().toString().substring(0, 8);
    String name = "bpmn/" + key + ".bpmn";

    String first = diagram(key, "First");
    deployer.deploy(repository, List.of(new NamedResource(name, first)));
    deployer.deploy(repository, List.of(new NamedResource(name, first)));
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isEqualTo(1);

    deployer.deploy(repository, List.of(new NamedResource(name, diagram(key, "Second"))));
    var latest = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    assertThat(latest.getVersion()).isEqualTo(2);
    assertThat(latest.getName()).isEqualTo("Second");
    assertThat(latest.getResourceName()).as("relative, whatever folder the app runs from").isEqualTo(name);
  }

  @Test
  void findsTheTopLevelFoldersOnTheClasspathUnderRelativeNames() {
    assertThat(ProcessResourceDeployer.classpathResources())
        .allSatisfy(r -> assertThat(r.name()).matches("(bpmn/[^/]+\\.bpmn|forms/[^/]+\\.form)"));
  }

  private static String diagram(String key, String name) {
    return Bpmn.convertToString(Bpmn.createExecutableProcess(key).name(name).camundaHistoryTimeToLive(1)
        .startEvent("Start").name("Start").endEvent("End").name("End").done());
  }
}
