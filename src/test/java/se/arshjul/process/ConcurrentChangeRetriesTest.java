package se.arshjul.process;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

/**
 * A job that loses a race with another transaction changing the same process instance (a
 * job on another node, a person completing a task) rolls back whole and is retried
 * without using up an attempt. An escalation and a person saving the draft at the same
 * moment do not race at all: the escalation flags the document late without changing its
 * version, and both stand.
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
		// a unit of its own for each test (a plan year per test would use up the years
		// the other tests need)
		String unit = "ccr-" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.update("insert into unit (id, administration_id, name) values (?, 'hagersten-liljeholmen', ?)", unit,
				"Enhet " + unit);
		this.jdbc.update(
				"insert into role_assignment (user_id, role, scope_id) values ('handlaggare', 'HANDLAGGARE', ?)", unit);
		this.document = this.documents.create(new CreateDocument(unit, 2030, "VP"), "handlaggare");
		this.instance = this.runtimeService.createProcessInstanceQuery()
			.processInstanceId(this.document.processInstanceId())
			.singleResult();
	}

	@Test
	void anEscalationThatLosesARaceWithAnotherChangeOfTheInstanceIsRetriedWithoutUsingUpAnAttempt() {
		execute(job("Timer_DraftEscalation", this.instance));
		Job escalation = job("Task_DraftEscalation", this.instance);
		int attempts = escalation.getRetries();
		AtomicReference<Throwable> lost = new AtomicReference<>();

		// another node changes the escalation's execution at the same moment: it holds
		// the row, and commits a new revision while the escalation waits for it
		TransactionTemplate otherNode = new TransactionTemplate(this.transactionManager);
		otherNode.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		otherNode.executeWithoutResult((status) -> {
			this.jdbc.update("update act_ru_execution set rev_ = rev_ + 1 where id_ = ?", escalation.getExecutionId());
			CompletableFuture<Void> escalating = CompletableFuture
				.runAsync(() -> this.managementService.executeJob(escalation.getId()))
				.exceptionally((failure) -> {
					lost.set(failure);
					return null;
				});
			await("the escalation waits for the execution").atMost(Duration.ofSeconds(30))
				.until(() -> escalating.isDone() || waitingFor("act_ru_execution"));
		});
		await("the escalation has lost").atMost(Duration.ofSeconds(30)).until(() -> lost.get() != null);

		assertThat(lost.get()).hasStackTraceContaining("updated by another transaction concurrently");
		Job after = this.managementService.createJobQuery().jobId(escalation.getId()).singleResult();
		assertThat(after.getRetries()).as("the lost race used up no attempt").isEqualTo(attempts);
		assertThat(after.getExceptionMessage()).isNull();
		assertThat(this.runtimeService.createIncidentQuery().processInstanceId(this.instance.getId()).count()).isZero();
		assertThat(kinds()).as("rolled back whole").doesNotContain("ESCALATED");
		assertThat(this.documents.find(this.document.id()).overdueStep()).isNull();

		this.managementService.executeJob(escalation.getId());

		assertThat(kinds().stream().filter("ESCALATED"::equals)).hasSize(1);
		assertThat(this.documents.find(this.document.id()).overdueStep()).isEqualTo(Lifecycle.TASK_DRAFT);
	}

	@Test
	void anEscalationAndASaveOfTheDraftAtTheSameMomentBothStand() {
		execute(job("Timer_DraftEscalation", this.instance));
		Job escalation = job("Task_DraftEscalation", this.instance);
		long read = this.documents.find(this.document.id()).version();
		AtomicReference<Throwable> failed = new AtomicReference<>();
		CompletableFuture<Void>[] escalating = new CompletableFuture[1];

		TransactionTemplate person = new TransactionTemplate(this.transactionManager);
		person.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		person.executeWithoutResult((status) -> {
			this.jdbc.queryForObject("select version from plan_document where id = ? for no key update", Long.class,
					this.document.id());
			escalating[0] = CompletableFuture.runAsync(() -> this.managementService.executeJob(escalation.getId()))
				.exceptionally((failure) -> {
					failed.set(failure);
					return null;
				});
			await("the escalation waits for the document").atMost(Duration.ofSeconds(30))
				.until(() -> escalating[0].isDone() || waitingFor("plan_document"));
			this.drafts.save(this.document.id(),
					new SaveContent(read, "Verksamhetsplan för Assistansenheten", Assistansenheten2017.vp()),
					"handlaggare");
		});
		escalating[0].join();

		assertThat(failed.get()).as("the escalation did not have to give way").isNull();
		DocumentView after = this.documents.find(this.document.id());
		assertThat(after.overdueStep()).as("flagged late").isEqualTo(Lifecycle.TASK_DRAFT);
		assertThat(after.title()).as("the person's save stands").isEqualTo("Verksamhetsplan för Assistansenheten");
		assertThat(kinds().stream().filter("ESCALATED"::equals)).hasSize(1);

		this.drafts.save(this.document.id(),
				new SaveContent(after.version(), "Verksamhetsplan 2.0 för Assistansenheten", Assistansenheten2017.vp()),
				"handlaggare");
		assertThat(this.documents.find(this.document.id()).overdueStep())
			.as("the next save keeps the flag (only the next step clears it)")
			.isEqualTo(Lifecycle.TASK_DRAFT);
	}

	@Test
	void aSaveThatReadTheDocumentBeforeAnEscalationKeepsTheFlag() {
		execute(job("Timer_DraftEscalation", this.instance));
		Job escalation = job("Task_DraftEscalation", this.instance);

		TransactionTemplate person = new TransactionTemplate(this.transactionManager);
		person.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		person.executeWithoutResult((status) -> {
			DocumentView read = this.documents.find(this.document.id());
			assertThat(read.overdueStep()).isNull();
			// the escalation commits while the person has the document open
			CompletableFuture.runAsync(() -> this.managementService.executeJob(escalation.getId())).join();
			this.drafts.save(this.document.id(),
					new SaveContent(read.version(), "Verksamhetsplan för Assistansenheten", Assistansenheten2017.vp()),
					"handlaggare");
		});

		DocumentView after = this.documents.find(this.document.id());
		assertThat(after.title()).isEqualTo("Verksamhetsplan för Assistansenheten");
		assertThat(after.overdueStep()).as("the save did not write back the flag it had read")
			.isEqualTo(Lifecycle.TASK_DRAFT);
	}

	@Test
	void anEscalationDoesNotMakeTheHandlaggaresNextSaveAConflict() {
		long read = this.documents.find(this.document.id()).version();
		execute(job("Timer_DraftEscalation", this.instance));
		execute(job("Task_DraftEscalation", this.instance));
		assertThat(this.documents.find(this.document.id()).overdueStep()).isEqualTo(Lifecycle.TASK_DRAFT);

		this.drafts.save(this.document.id(),
				new SaveContent(read, "Verksamhetsplan för Assistansenheten", Assistansenheten2017.vp()),
				"handlaggare");

		assertThat(this.documents.find(this.document.id()).title()).isEqualTo("Verksamhetsplan för Assistansenheten");
	}

	@Test
	void onlyConcurrentChangesAreLostRaces() {
		assertThat(ConcurrentChangeRetries.isConcurrentChange(new IllegalStateException("SMTP-servern svarar inte")))
			.isFalse();
		assertThat(ConcurrentChangeRetries
			.isConcurrentChange(new RuntimeException(new ObjectOptimisticLockingFailureException("PlanDocument", 1))))
			.isTrue();
	}

	/** Whether a statement on the table waits for a lock (another transaction's row). */
	private boolean waitingFor(String table) {
		return this.jdbc.queryForObject(
				"select count(*) from pg_stat_activity where wait_event_type = 'Lock'" + " and lower(query) like ?",
				Integer.class, "%" + table + "%") > 0;
	}

	private List<String> kinds() {
		return this.documents.history(this.document.id(), "handlaggare")
			.stream()
			.map(DocumentHistoryEntry::kind)
			.toList();
	}

}
