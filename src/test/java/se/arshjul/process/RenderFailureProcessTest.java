package se.arshjul.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import se.arshjul.document.CreateDocument;
import se.arshjul.document.DocumentService;
import se.arshjul.document.DocumentStatus;
import se.arshjul.document.DocumentView;
import se.arshjul.rendering.RenderingException;
import se.arshjul.rendering.Tjansteutlatande;
import se.arshjul.rendering.TjansteutlatandeRenderer;
import se.arshjul.support.PostgresSpringTest;
import se.arshjul.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

/**
 * A render that keeps failing becomes an incident (visible in Cockpit) and loses nothing;
 * once the cause is gone, a retry adopts the document. The failure is injected into the
 * real renderer.
 */
@PostgresSpringTest
class RenderFailureProcessTest {

	@MockitoSpyBean
	TjansteutlatandeRenderer renderer;

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	IdentityService identityService;

	@Autowired
	DocumentService documents;

	@Test
	void renderFailureBecomesIncidentAndSucceedsOnRetry() {
		BpmnAwareTests.init(this.engine);
		DocumentView document = this.documents.create(new CreateDocument("assistansenheten", TestYears.next(), "VP"),
				"handlaggare");
		ProcessInstance instance = this.runtimeService.createProcessInstanceQuery()
			.processInstanceId(document.processInstanceId())
			.singleResult();
		LifecycleSteps steps = new LifecycleSteps(this.taskService, this.identityService, this.documents);
		steps.draft(instance);
		steps.apt(instance);
		steps.signOff(instance, "approve", null);
		steps.review(instance, "approve", null);
		steps.board(instance, "adopted", null);
		doThrow(new RenderingException("Typsnittet kunde inte läsas", null)).when(this.renderer)
			.render(any(Tjansteutlatande.class));

		Job job = this.managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
		for (int attempt = 0; attempt < 3; attempt++) {
			assertThatThrownBy(() -> this.managementService.executeJob(job.getId()))
				.isInstanceOf(RenderingException.class);
		}

		Incident incident = this.runtimeService.createIncidentQuery()
			.processInstanceId(instance.getId())
			.singleResult();
		assertThat(incident).isNotNull();
		assertThat(incident.getActivityId()).isEqualTo(Lifecycle.TASK_RENDER_ADOPTED);
		assertThat(incident.getIncidentMessage()).contains("Typsnittet kunde inte läsas");
		BpmnAwareTests.assertThat(instance).isWaitingAt(Lifecycle.TASK_RENDER_ADOPTED);
		DocumentView waiting = this.documents.find(document.id());
		assertThat(waiting.status()).isEqualTo(DocumentStatus.RENDERING);
		assertThat(waiting.content().introduction().vision()).as("nothing saved is lost")
			.startsWith("Vi ger personlig assistans");
		assertThat(waiting.adoption()).isNull();

		doCallRealMethod().when(this.renderer).render(any(Tjansteutlatande.class));
		this.managementService.setJobRetries(job.getId(), 1);
		this.managementService.executeJob(job.getId());

		BpmnAwareTests.assertThat(instance).isEnded();
		assertThat(this.runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
		DocumentView adopted = this.documents.find(document.id());
		assertThat(adopted.status()).isEqualTo(DocumentStatus.ADOPTED);
		assertThat(adopted.adoption().meetingDate()).hasToString("2026-12-10");
		assertThat(adopted.adoption().adoptedBy()).isEqualTo("namndsekreterare");
	}

}
