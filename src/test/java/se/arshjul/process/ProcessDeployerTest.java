package se.arshjul.process;

import java.net.URL;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.UrlResource;

import se.arshjul.support.PostgresSpringTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A restart deploys nothing new when nothing changed, and names resources alike from the
 * jar and from disk.
 */
@PostgresSpringTest
class ProcessDeployerTest {

	@Autowired
	ProcessDeployer deployer;

	@Autowired
	IdentitySynchronizer identity;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	FilterService filterService;

	@Test
	void deploysUnchangedProcessesAndFormsOnlyOnce() throws Exception {
		long deployments = this.repositoryService.createDeploymentQuery().count();
		long definitions = this.repositoryService.createProcessDefinitionQuery().count();

		this.deployer.run(null);
		this.identity.run(null);

		assertThat(this.repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
		assertThat(this.repositoryService.createProcessDefinitionQuery().count()).isEqualTo(definitions);
		assertThat(this.filterService.createFilterQuery().count()).isEqualTo(3);
		String deploymentId = this.repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(Lifecycle.PROCESS_KEY)
			.latestVersion()
			.singleResult()
			.getDeploymentId();
		assertThat(this.repositoryService.getDeploymentResources(deploymentId)).extracting(Resource::getName)
			.contains("processes/document-lifecycle.bpmn", "forms/draft.form", "forms/sign-off.form",
					"forms/board-decision.form");
	}

	@Test
	void namesResourcesTheSameInsideTheJarAndOnDisk() throws Exception {
		assertThat(ProcessDeployer.stableName(new UrlResource(
				new URL("jar:file:/opt/app/arshjul.jar!/BOOT-INF/classes!/processes/document-lifecycle.bpmn"))))
			.isEqualTo("processes/document-lifecycle.bpmn");
		assertThat(ProcessDeployer
			.stableName(new UrlResource(new URL("file:/home/user/arshjul/target/classes/forms/draft.form"))))
			.isEqualTo("forms/draft.form");
	}

}
