package se.arshjul.process;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import se.arshjul.calendar.WorkingDays;
import se.arshjul.document.CreateDocument;
import se.arshjul.document.DocumentHistoryEntry;
import se.arshjul.document.DocumentService;
import se.arshjul.document.DocumentStatus;
import se.arshjul.document.DocumentView;
import se.arshjul.plan.Introduction;
import se.arshjul.plan.PlanContent;
import se.arshjul.support.PostgresSpringTest;
import se.arshjul.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

/** Every path of {@code document-lifecycle}, on the real engine, beans and PostgreSQL. */
@PostgresSpringTest
class DocumentLifecycleProcessTest {

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

	LifecycleSteps steps;

	DocumentView document;

	ProcessInstance instance;

	@BeforeEach
	void startDocument() {
		BpmnAwareTests.init(this.engine);
		this.steps = new LifecycleSteps(this.taskService, this.identityService, this.documents);
		this.document = this.documents.create(new CreateDocument("assistansenheten", TestYears.next(), "VP"),
				"handlaggare");
		this.instance = this.runtimeService.createProcessInstanceQuery()
			.processInstanceId(this.document.processInstanceId())
			.singleResult();
	}

	@Test
	void adoptsAndSealsDocumentGoingStraightThrough() {
		BpmnAwareTests.assertThat(this.instance).isWaitingAt(Lifecycle.TASK_DRAFT);
		assertThat(this.instance.getBusinessKey()).isEqualTo(this.document.dnr());
		assertThat(this.task(Lifecycle.TASK_DRAFT).getName()).isEqualTo("Skriv utkast");

		this.steps.draft(this.instance);
		assertThat(status()).isEqualTo(DocumentStatus.APT_DISCUSSION);
		this.steps.apt(this.instance);
		assertThat(status()).isEqualTo(DocumentStatus.SIGN_OFF);
		this.steps.signOff(this.instance, "approve", null);
		assertThat(status()).isEqualTo(DocumentStatus.REVIEW);
		this.steps.review(this.instance, "approve", "");
		assertThat(status()).isEqualTo(DocumentStatus.BOARD_DECISION);
		this.steps.board(this.instance, "adopted", null);

		BpmnAwareTests.assertThat(this.instance).isWaitingAt(Lifecycle.TASK_RENDER_ADOPTED);
		assertThat(status()).isEqualTo(DocumentStatus.RENDERING);
		execute(job(Lifecycle.TASK_RENDER_ADOPTED, this.instance));

		BpmnAwareTests.assertThat(this.instance).isEnded().hasPassed("Event_Adopted");
		DocumentView adopted = this.documents.find(this.document.id());
		assertThat(adopted.status()).isEqualTo(DocumentStatus.ADOPTED);
		assertThat(adopted.title()).isEqualTo("Verksamhetsplan för Assistansenheten");
		assertThat(adopted.content().introduction().staffParticipation()).contains("2026-11-03")
			.contains("kompetensutveckling");
		assertThat(adopted.adoption().paragraph()).isEqualTo("§ 12");
		assertThat(adopted.adoption().sha256()).hasSize(64);
		assertThat(adopted.adoption().contentSha256()).as("the adopted content is sealed too")
			.hasSize(64)
			.isNotEqualTo(adopted.adoption().sha256());
		assertThat(this.documents.adoptedPdf(this.document.id(), "handlaggare2").content())
			.startsWith("%PDF".getBytes());
		assertThat(kinds()).containsSubsequence("CREATED", "DRAFT_SAVED", "APT_RECORDED", "DECISION_approve",
				"DECISION_approve", "DECISION_adopted", "ADOPTED");
	}

	@Test
	void returnsDraftToHandlaggareWithCommentAtSignOff() {
		this.steps.draft(this.instance);
		this.steps.apt(this.instance);
		this.steps.signOff(this.instance, "return", "Budgeten saknar lokalkostnader.");

		BpmnAwareTests.assertThat(this.instance).isWaitingAt(Lifecycle.TASK_DRAFT);
		assertThat(status()).isEqualTo(DocumentStatus.DRAFT);
		assertThat(this.runtimeService.getVariable(this.instance.getId(), Lifecycle.RETURN_COMMENT))
			.isEqualTo("Budgeten saknar lokalkostnader.");
		assertThat(this.runtimeService.getVariable(this.instance.getId(), Lifecycle.TITLE))
			.as("the saved draft is shown again")
			.isEqualTo("Verksamhetsplan för Assistansenheten");
	}

	@Test
	void returnsDraftToHandlaggareWithCommentAtReview() {
		this.steps.draft(this.instance);
		this.steps.apt(this.instance);
		this.steps.signOff(this.instance, "approve", null);
		this.steps.review(this.instance, "return", "Indikatorerna saknar årsmål.");

		BpmnAwareTests.assertThat(this.instance).isWaitingAt(Lifecycle.TASK_DRAFT);
		assertThat(this.documents.find(this.document.id()).lastComment()).isEqualTo("Indikatorerna saknar årsmål.");
		assertThat(this.runtimeService.getVariable(this.instance.getId(), Lifecycle.RETURN_COMMENT))
			.isEqualTo("Indikatorerna saknar årsmål.");
	}

	@Test
	void goesBackToDraftWhenTheBoardRefersItBack() {
		this.steps.draft(this.instance);
		this.steps.apt(this.instance);
		this.steps.signOff(this.instance, "approve", null);
		this.steps.review(this.instance, "approve", null);
		this.steps.board(this.instance, "referredBack", "Nämnden vill se en tydligare analys.");

		BpmnAwareTests.assertThat(this.instance).isWaitingAt(Lifecycle.TASK_DRAFT);
		assertThat(status()).isEqualTo(DocumentStatus.DRAFT);
		assertThat(this.runtimeService.getVariable(this.instance.getId(), Lifecycle.RETURN_COMMENT))
			.isEqualTo("Nämnden vill se en tydligare analys.");
		assertThat(this.documents.find(this.document.id()).adoption()).isNull();
	}

	@Test
	void refusesReturnWithoutCommentAndKeepsTaskOpen() {
		this.steps.draft(this.instance);
		this.steps.apt(this.instance);

		assertThatThrownBy(() -> this.steps.signOff(this.instance, "return", "  "))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("comment");
		BpmnAwareTests.assertThat(this.instance).isWaitingAt(Lifecycle.TASK_SIGN_OFF);
		assertThat(status()).isEqualTo(DocumentStatus.SIGN_OFF);
	}

	@Test
	void refusesDatesThatAreNotRealAndNamesEveryProblem() {
		this.steps.draft(this.instance);
		this.steps.apt(this.instance);
		this.steps.signOff(this.instance, "approve", null);
		this.steps.review(this.instance, "approve", null);

		assertThatThrownBy(() -> this.steps.complete(this.instance, Lifecycle.TASK_BOARD_DECISION,
				LifecycleSteps.vars("boardDecision", "maybe", "meetingDate", "2027-02-30", "paragraph", "tolv")))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("boardDecision")
			.hasMessageContaining("meetingDate: Sammanträdesdatum '2027-02-30' är inget giltigt datum")
			.hasMessageContaining("paragraph");
		BpmnAwareTests.assertThat(this.instance).isWaitingAt(Lifecycle.TASK_BOARD_DECISION);
	}

	@Test
	void refusesDraftWithoutTitleEnhetsmalOrBudgetNamingEveryProblemAndKeepsWhatWasSaved() {
		this.documents.saveDraft(this.document.id(), "Utkast",
				PlanContent.empty().withIntroduction(new Introduction("Vi ger personlig assistans.", null, null, null)),
				"handlaggare");

		assertThatThrownBy(() -> this.steps.complete(this.instance, Lifecycle.TASK_DRAFT,
				LifecycleSteps.vars("title", " ", "vision", "", "description", "", "qualityWork", "")))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("title: Titel saknas")
			.hasMessageContaining("introduction: Inledningen saknar text")
			.hasMessageContaining("directionGoals: Verksamhetsplanen har inget enhetsmål")
			.hasMessageContaining("budgets: Verksamhetsplanen saknar budget");
		BpmnAwareTests.assertThat(this.instance).isWaitingAt(Lifecycle.TASK_DRAFT);
		assertThat(this.documents.find(this.document.id()).content().introduction().vision())
			.isEqualTo("Vi ger personlig assistans.");
	}

	@Test
	void setsDueDateOnAWorkingDayAndCountsReminderAndEscalationInWorkingDays() {
		WorkingDays calendar = WorkingDays.swedish();
		// the calendar (processes/deadlines.dmn): a VP's draft is due 15 November the
		// year before
		LocalDate nominal = LocalDate.of(this.document.year() - 1, 11, 15);
		LocalDate dueDay = calendar.onOrBefore(nominal);

		Task draft = task(Lifecycle.TASK_DRAFT);
		ZonedDateTime due = draft.getDueDate().toInstant().atZone(WorkingDays.ZONE);
		assertThat(due.toLocalDate()).isEqualTo(dueDay);
		assertThat(calendar.isWorkingDay(due.toLocalDate())).isTrue();
		assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(17, 0));
		assertThat(job("Timer_DraftReminder", this.instance).getDuedate())
			.isEqualTo(Date.from(calendar.endOfWorkingDay(calendar.minusWorkingDays(dueDay, 5)).toInstant()));
		assertThat(job("Timer_DraftEscalation", this.instance).getDuedate())
			.isEqualTo(Date.from(calendar.endOfWorkingDay(calendar.plusWorkingDays(dueDay, 2)).toInstant()));
	}

	@Test
	void remindsBeforeTheDueDateWithoutLeavingTheStep() {
		execute(job("Timer_DraftReminder", this.instance));
		execute(job("Task_DraftReminder", this.instance));

		BpmnAwareTests.assertThat(this.instance).isWaitingAt(Lifecycle.TASK_DRAFT);
		assertThat(kinds()).contains("REMINDER");
		assertThat(this.documents.find(this.document.id()).overdueStep()).isNull();
	}

	@Test
	void escalatesLateStepToEnhetschefAndForvaltning() {
		this.steps.draft(this.instance);
		assertThat(visibleTasksOf("enhetschef", "enhetschef-assistansenheten")).isZero();

		execute(job("Timer_AptEscalation", this.instance));
		execute(job("Task_AptEscalation", this.instance));

		BpmnAwareTests.assertThat(this.instance).isWaitingAt(Lifecycle.TASK_APT_DISCUSSION);
		assertThat(this.documents.find(this.document.id()).overdueStep()).isEqualTo(Lifecycle.TASK_APT_DISCUSSION);
		assertThat(this.runtimeService.getVariable(this.instance.getId(), Lifecycle.ESCALATED_STEP))
			.isEqualTo(Lifecycle.TASK_APT_DISCUSSION);
		assertThat(task(Lifecycle.TASK_APT_DISCUSSION).getPriority()).isEqualTo(DeadlineNotifier.ESCALATED_PRIORITY);
		assertThat(visibleTasksOf("enhetschef", "enhetschef-assistansenheten")).isOne();
		assertThat(visibleTasksOf("controller", "forvaltning-hagersten-liljeholmen")).isOne();
		assertThat(visibleTasksOf("enhetschef2", "enhetschef-bestallarenheten-aldre")).isZero();

		this.steps.apt(this.instance);
		assertThat(this.documents.find(this.document.id()).overdueStep()).as("flag cleared by the next step").isNull();
	}

	private long visibleTasksOf(String userId, String groupId) {
		this.identityService.setAuthentication(userId, List.of(groupId));
		try {
			return this.taskService.createTaskQuery().processInstanceId(this.instance.getId()).count();
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	private Task task(String key) {
		return this.steps.task(this.instance, key);
	}

	private DocumentStatus status() {
		return this.documents.find(this.document.id()).status();
	}

	private List<String> kinds() {
		UUID id = this.document.id();
		return this.documents.history(id, "handlaggare").stream().map(DocumentHistoryEntry::kind).toList();
	}

}
