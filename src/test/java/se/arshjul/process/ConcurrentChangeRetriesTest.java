package se.arshjul.process;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import se.arshjul.document.CreateDocument;
import se.arshjul.document.DocumentHistoryEntry;
import se.arshjul.document.DocumentService;
import se.arshjul.document.DocumentView;
import se.arshjul.document.DraftService;
import se.arshjul.document.SaveContent;
import se.arshjul.plan.Assistansenheten2017;
import se.arshjul.support.PostgresSpringTest;
import se.arshjul.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

/**
 * An escalation job that loses a race with a person saving the draft: its transaction
 * waits for the document row the save holds, then finds the document changed, and rolls
 * back. It is retried without using up an attempt, and escalates once.
 */
@PostgresSpringTest
class ConcurrentChangeRetriesTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ManagementService managementService;

	@Autowired
	DocumentService documents;

	@Autowired
	DraftService drafts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	DocumentView document;

	ProcessInstance instance;

	@BeforeEach
	void startDocument() {
		BpmnAwareTests.init(this.engine);
		this.document = this.documents.create(new CreateDocument("assistansenheten", TestYears.next(), "VP"),
				"handlaggare");
		this.instance = this.runtimeService.createProcessInstanceQuery()
			.processInstanceId(this.document.processInstanceId())
			.singleResult();
	}

	@Test
	void anEscalationThatLosesARaceWithASaveIsRetriedWithoutUsingUpAnAttempt() {
		execute(job("Timer_DraftEscalation", this.instance));
		Job escalation = job("Task_DraftEscalation", this.instance);
		int attempts = escalation.getRetries();
		AtomicReference<Throwable> lost = new AtomicReference<>();

		TransactionTemplate person = new TransactionTemplate(this.transactionManager);
		person.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		person.executeWithoutResult((status) -> {
			long version = this.jdbc.queryForObject("select version from plan_document where id = ? for no key update",
					Long.class, this.document.id());
			CompletableFuture<Void> escalating = CompletableFuture
				.runAsync(() -> this.managementService.executeJob(escalation.getId()))
				.exceptionally((failure) -> {
					lost.set(failure);
					return null;
				});
			await("the escalation waits for the document").atMost(Duration.ofSeconds(30))
				.until(() -> escalating.isDone() || waitingToUpdateTheDocument());
			this.drafts.save(this.document.id(),
					new SaveContent(version, "Verksamhetsplan för Assistansenheten", Assistansenheten2017.vp()),
					"handlaggare");
		});
		await("the escalation has lost").atMost(Duration.ofSeconds(30)).until(() -> lost.get() != null);

		assertThat(lost.get()).hasStackTraceContaining("Row was updated or deleted by another transaction");
		Job after = this.managementService.createJobQuery().jobId(escalation.getId()).singleResult();
		assertThat(after.getRetries()).as("the lost race used up no attempt").isEqualTo(attempts);
		assertThat(after.getExceptionMessage()).isNull();
		assertThat(this.runtimeService.createIncidentQuery().processInstanceId(this.instance.getId()).count()).isZero();
		assertThat(kinds()).doesNotContain("ESCALATED");

		this.managementService.executeJob(escalation.getId());

		assertThat(kinds().stream().filter("ESCALATED"::equals)).hasSize(1);
		DocumentView escalated = this.documents.find(this.document.id());
		assertThat(escalated.overdueStep()).isEqualTo(Lifecycle.TASK_DRAFT);
		assertThat(escalated.title()).as("the person's save stands").isEqualTo("Verksamhetsplan för Assistansenheten");
	}

	@Test
	void onlyConcurrentChangesAreLostRaces() {
		assertThat(ConcurrentChangeRetries.isConcurrentChange(new IllegalStateException("SMTP-servern svarar inte")))
			.isFalse();
		assertThat(ConcurrentChangeRetries
			.isConcurrentChange(new RuntimeException(new ObjectOptimisticLockingFailureException("PlanDocument", 1))))
			.isTrue();
	}

	private boolean waitingToUpdateTheDocument() {
		return this.jdbc.queryForObject("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
				+ " and query like 'update plan_document%'", Integer.class) > 0;
	}

	private List<String> kinds() {
		return this.documents.history(this.document.id(), "handlaggare")
			.stream()
			.map(DocumentHistoryEntry::kind)
			.toList();
	}

}
