package se.arshjul.process;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the packaged processes/ and forms/ under stable names
 * ({@code processes/x.bpmn}, {@code forms/x.form}), whether the app runs from the jar or
 * from {@code spring-boot:run}, so that a restart deploys nothing that has not changed.
 * It deploys what {@code camunda.bpm.deployment-resource-pattern} matches.
 */
@Component
@Order(30)
class ProcessDeployer implements ApplicationRunner {

	static final String DEPLOYMENT_NAME = "arshjul";

	private static final Logger logger = LoggerFactory.getLogger(ProcessDeployer.class);

	private final RepositoryService repositoryService;

	private final CamundaBpmProperties properties;

	ProcessDeployer(RepositoryService repositoryService, CamundaBpmProperties properties) {
		this.repositoryService = repositoryService;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		DeploymentBuilder deployment = this.repositoryService.createDeployment()
			.name(DEPLOYMENT_NAME)
			.source(DEPLOYMENT_NAME)
			.enableDuplicateFiltering(true);
		List<String> names = new ArrayList<>();
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		for (String pattern : this.properties.getDeploymentResourcePattern()) {
			for (Resource resource : resolver.getResources(pattern)) {
				String name = stableName(resource);
				try (InputStream in = resource.getInputStream()) {
					deployment.addInputStream(name, new java.io.ByteArrayInputStream(in.readAllBytes()));
				}
				names.add(name);
			}
		}
		if (names.isEmpty()) {
			throw new IllegalStateException(
					"No process resources found for " + this.properties.getDeploymentResourcePattern());
		}
		var deployed = deployment.deployWithResult();
		var definitions = deployed.getDeployedProcessDefinitions();
		logger.info("Processer och formulär: {}; nya processversioner: {}", names,
				definitions == null ? 0 : definitions.size());
	}

	/**
	 * The path from the folder processes/ or forms/ on: the same inside a jar and on
	 * disk.
	 */
	static String stableName(Resource resource) throws IOException {
		String url = resource.getURL().toString();
		int at = Math.max(url.lastIndexOf("/processes/"), url.lastIndexOf("/forms/"));
		if (at < 0) {
			throw new IllegalStateException("Process resource outside processes/ or forms/: " + url);
		}
		return url.substring(at + 1);
	}

}
