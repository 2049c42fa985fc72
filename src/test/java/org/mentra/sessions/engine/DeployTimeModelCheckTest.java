package org.mentra.sessions.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.engine.ProcessResourceDeployer.NamedResource;
import org.mentra.sessions.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A diagram changed in Modeler that the code cannot run is refused before it is deployed, with the
 * element and the rule in the log, and the version deployed before keeps running.
 */
class DeployTimeModelCheckTest extends IntegrationTest {

  @Autowired
  private ProcessResourceDeployer deployer;

  @Autowired
  private RepositoryService repository;

  @Autowired
  private ApplicationContext context;

  private final String key = "probe" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  private final String deployment = "model-check-" + key;

  @Test
  void aChangedDiagramThatNamesAMissingDelegateIsNotDeployedAndTheEarlierVersionKeepsRunning() {
    NamedResource good = diagram("bpmn/" + key + ".bpmn", "${recordStrike}");
    assertThat(deployChecked(good)).isPresent();
    assertThat(latestVersion()).isEqualTo(1);

    NamedResource broken = diagram("bpmn/" + key + ".bpmn", "${recordStrik}");
    List<ModelCheck.Violation> violations = check(broken);
    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.element()).isEqualTo("Task_Record \"Record it\"");
      assertThat(v.rule()).contains("${recordStrik} names no bean");
    });

    assertThat(deployer.deployChecked(repository, deployment, List.of(broken), violations)).isEmpty();
    assertThat(latestVersion()).as("the earlier version stays the one started").isEqualTo(1);
  }

  @Test
  void aBrokenDiagramWithNoEarlierVersionStopsTheStart() {
    NamedResource broken = diagram("bpmn/" + key + ".bpmn", "${noSuchDelegate}");

    assertThatThrownBy(() -> deployer.deployChecked(repository, deployment, List.of(broken), check(broken)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no earlier version")
        .hasMessageContaining("Task_Record");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
  }

  private java.util.Optional<?> deployChecked(NamedResource resource) {
    return deployer.deployChecked(repository, deployment, List.of(resource), check(resource));
  }

  private List<ModelCheck.Violation> check(NamedResource resource) {
    return ModelCheck.check(List.of(resource), new ApplicationModelBeans(context), java.util.Set.of());
  }

  private int latestVersion() {
    return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult()
        .getVersion();
  }

  private NamedResource diagram(String name, String delegate) {
    return new NamedResource(name, Bpmn.convertToString(Bpmn.createExecutableProcess(key).name("Probe")
        .camundaHistoryTimeToLive(1).camundaStartableInTasklist(false)
        .startEvent("Start_Probe").name("Probe started")
        .serviceTask("Task_Record").name("Record it").camundaDelegateExpression(delegate)
        .endEvent("End_Probe").name("Probe done")
        .done()));
  }
}
