package se.arshjul.process;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;

import se.arshjul.calendar.WorkingDays;
import se.arshjul.document.CreateDocument;
import se.arshjul.document.DocumentService;
import se.arshjul.document.DocumentView;
import se.arshjul.process.Deadlines.Deadline;
import se.arshjul.support.PostgresSpringTest;
import se.arshjul.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

/**
 * The yearly calendar {@code processes/deadlines.dmn} as deployed by the app, evaluated
 * by the real engine through {@link Deadlines}, and its effect on the lifecycle's tasks
 * and timers.
 */
@PostgresSpringTest
class DeadlinesDmnTest {

	private static final String DMN = "processes/deadlines.dmn";

	@Autowired
	ProcessEngine engine;

	@Autowired
	Deadlines deadlines;

	@Autowired
	DecisionService decisionService;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	IdentityService identityService;

	@Autowired
	DocumentService documents;

	@Autowired
	Clock clock;

	private boolean redeployed;

	@BeforeEach
	void init() {
		BpmnAwareTests.init(this.engine);
	}

	@AfterEach
	void restoreCalendar() throws IOException {
		if (this.redeployed) {
			deploy(packagedDmn());
			this.redeployed = false;
		}
	}

	/**
	 * Plan year 2027: type, step, due day (17:00), reminder day, escalation day (both
	 * 17:00).
	 */
	static Stream<Arguments> planYear2027() {
		return Stream.of(
				// VP 2027 is written in the autumn of 2026
				row("VP", "Task_Draft", "2026-11-13", "2026-11-06", "2026-11-17"), // 15
																					// Nov
																					// is
																					// a
																					// Sunday
				row("VP", "Task_AptDiscussion", "2026-11-20", "2026-11-18", "2026-11-23"), // 22
																							// Nov
																							// Sunday
				row("VP", "Task_SignOff", "2026-11-27", "2026-11-25", "2026-11-30"), // 29
																						// Nov
																						// Sunday
				row("VP", "Task_Review", "2026-12-10", "2026-12-07", "2026-12-11"),
				row("VP", "Task_BoardDecision", "2026-12-17", "2026-12-15", "2026-12-18"),
				row("T1", "Task_Draft", "2027-05-14", "2027-05-07", "2027-05-18"), // 15
																					// May
																					// Saturday
				row("T1", "Task_AptDiscussion", "2027-05-21", "2027-05-19", "2027-05-24"),
				row("T1", "Task_SignOff", "2027-05-28", "2027-05-26", "2027-05-31"),
				row("T1", "Task_Review", "2027-06-10", "2027-06-07", "2027-06-11"),
				row("T1", "Task_BoardDecision", "2027-06-17", "2027-06-15", "2027-06-18"),
				row("T2", "Task_Draft", "2027-09-15", "2027-09-08", "2027-09-17"),
				row("T2", "Task_AptDiscussion", "2027-09-22", "2027-09-20", "2027-09-23"),
				row("T2", "Task_SignOff", "2027-09-29", "2027-09-27", "2027-09-30"),
				row("T2", "Task_Review", "2027-10-08", "2027-10-05", "2027-10-11"), // 10
																					// Oct
																					// Sunday
				row("T2", "Task_BoardDecision", "2027-10-21", "2027-10-19", "2027-10-22"),
				// VB 2027 is written after the year ends
				row("VB", "Task_Draft", "2028-01-31", "2028-01-24", "2028-02-02"), // a
																					// Monday
				row("VB", "Task_AptDiscussion", "2028-02-07", "2028-02-03", "2028-02-08"),
				row("VB", "Task_SignOff", "2028-02-14", "2028-02-10", "2028-02-15"),
				row("VB", "Task_Review", "2028-02-28", "2028-02-23", "2028-02-29"),
				row("VB", "Task_BoardDecision", "2028-03-17", "2028-03-15", "2028-03-20")); // 18
																							// Mar
																							// Saturday
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("planYear2027")
	void givesTheDatesOfEveryDocumentTypeAndStepForPlanYear2027(String type, String step, LocalDate due,
			LocalDate reminder, LocalDate escalation) {
		Deadline deadline = this.deadlines.deadline(type, 2027, step);

		assertThat(deadline.fromCalendar()).isTrue();
		assertThat(deadline.due()).isEqualTo(endOfDay(due));
		assertThat(deadline.reminder()).isEqualTo(endOfDay(reminder));
		assertThat(deadline.escalation()).isEqualTo(endOfDay(escalation));
	}

	@Test
	void decisionTableGivesMonthDayYearOffsetAndWorkingDays() {
		DecisionDefinition definition = this.repositoryService.createDecisionDefinitionQuery()
			.decisionDefinitionKey(Deadlines.DECISION_KEY)
			.latestVersion()
			.singleResult();
		assertThat(definition.getName()).isEqualTo("Årshjulets tidsplan");
		assertThat(definition.getHistoryTimeToLive()).isNotNull();

		assertThat(evaluate("VP", "Task_Draft").getEntryMap()).containsEntry("dueMonthDay", "11-15")
			.containsEntry("yearOffset", -1)
			.containsEntry("reminderWorkingDays", 5)
			.containsEntry("escalationWorkingDays", 2);
		assertThat(evaluate("T1", "Task_Draft").getEntryMap()).containsEntry("dueMonthDay", "05-15")
			.containsEntry("yearOffset", 0);
		assertThat(evaluate("T2", "Task_Draft").getEntryMap()).containsEntry("dueMonthDay", "09-15")
			.containsEntry("yearOffset", 0);
		assertThat(evaluate("VB", "Task_Draft").getEntryMap()).containsEntry("dueMonthDay", "01-31")
			.containsEntry("yearOffset", 1);
		assertThat(evaluate("VP", "Task_Unknown")).isNull();
	}

	@Test
	void countsReminderAndEscalationInWorkingDaysAcrossHolidays() {
		// T1 2028 sign-off due Monday 29 May; two working days before skips the weekend
		// and
		// Kristi himmelsfärdsdag, Thursday 25 May.
		Deadline signOff = this.deadlines.deadline("T1", 2028, "Task_SignOff");
		assertThat(signOff.due()).isEqualTo(endOfDay(LocalDate.of(2028, 5, 29)));
		assertThat(signOff.reminder()).isEqualTo(endOfDay(LocalDate.of(2028, 5, 24)));
		assertThat(signOff.escalation()).isEqualTo(endOfDay(LocalDate.of(2028, 5, 30)));

		// T1 2028 review: 10 June is a Saturday, so due Friday 9 June; three working days
		// before
		// skips Sveriges nationaldag, Tuesday 6 June; one after skips the weekend.
		Deadline review = this.deadlines.deadline("T1", 2028, "Task_Review");
		assertThat(review.due()).isEqualTo(endOfDay(LocalDate.of(2028, 6, 9)));
		assertThat(review.reminder()).isEqualTo(endOfDay(LocalDate.of(2028, 6, 5)));
		assertThat(review.escalation()).isEqualTo(endOfDay(LocalDate.of(2028, 6, 12)));

		// VP 2028 board decision due Friday 17 December 2027: escalates on Monday 20
		// December.
		Deadline board = this.deadlines.deadline("VP", 2028, "Task_BoardDecision");
		assertThat(board.escalation()).isEqualTo(endOfDay(LocalDate.of(2027, 12, 20)));
	}

	@Test
	void fallsBackToTheConfiguredPeriodWhenTheTableHasNoRule() {
		LocalDate today = LocalDate.now(this.clock.withZone(WorkingDays.ZONE));
		LocalDate dueDay = WorkingDays.swedish().onOrBefore(today.plusDays(21));

		for (Deadline deadline : List.of(this.deadlines.deadline("XX", 2027, "Task_Draft"),
				this.deadlines.deadline(null, null, "Task_Draft"))) {
			assertThat(deadline.fromCalendar()).isFalse();
			assertThat(deadline.due()).isEqualTo(endOfDay(dueDay));
			assertThat(deadline.reminder()).isEqualTo(endOfDay(WorkingDays.swedish().minusWorkingDays(dueDay, 2)));
			assertThat(deadline.escalation()).isEqualTo(endOfDay(WorkingDays.swedish().plusWorkingDays(dueDay, 1)));
		}
	}

	@Test
	void setsTheLifecycleTasksAndTimersFromTheCalendarWhateverTheUsersAuthorizations() {
		int year = TestYears.next();
		ProcessInstance instance = startVp(year);
		LocalDate draftDue = WorkingDays.swedish().onOrBefore(LocalDate.of(year - 1, 11, 15));

		assertThat(task(instance, Lifecycle.TASK_DRAFT).getDueDate()).isEqualTo(date(endOfDay(draftDue)));
		assertThat(job("Timer_DraftReminder", instance).getDuedate())
			.isEqualTo(date(endOfDay(WorkingDays.swedish().minusWorkingDays(draftDue, 5))));
		assertThat(job("Timer_DraftEscalation", instance).getDuedate())
			.isEqualTo(date(endOfDay(WorkingDays.swedish().plusWorkingDays(draftDue, 2))));

		// completed by handläggaren, who has no rights on decision definitions
		new LifecycleSteps(this.taskService, this.identityService, this.documents).draft(instance);
		LocalDate aptDue = WorkingDays.swedish().onOrBefore(LocalDate.of(year - 1, 11, 22));
		assertThat(task(instance, Lifecycle.TASK_APT_DISCUSSION).getDueDate()).isEqualTo(date(endOfDay(aptDue)));
		assertThat(job("Timer_AptReminder", instance).getDuedate())
			.isEqualTo(date(endOfDay(WorkingDays.swedish().minusWorkingDays(aptDue, 2))));
		assertThat(job("Timer_AptEscalation", instance).getDuedate())
			.isEqualTo(date(endOfDay(WorkingDays.swedish().plusWorkingDays(aptDue, 1))));
	}

	@Test
	void aNewVersionOfTheDecisionAppliesToTheNextDocumentWithoutAnyCodeChange() throws IOException {
		int yearBefore = TestYears.next();
		ProcessInstance before = startVp(yearBefore);
		Date dueBefore = task(before, Lifecycle.TASK_DRAFT).getDueDate();
		assertThat(dueBefore).isEqualTo(date(WorkingDays.swedish().dueAt(LocalDate.of(yearBefore - 1, 11, 15))));

		String original = packagedDmn();
		String changed = original.replace("<text>\"11-15\"</text>", "<text>\"11-01\"</text>");
		assertThat(changed).isNotEqualTo(original);
		int version = latestVersion();
		deploy(changed);
		this.redeployed = true;
		assertThat(latestVersion()).isEqualTo(version + 1);

		int yearAfter = TestYears.next();
		ProcessInstance after = startVp(yearAfter);
		assertThat(task(after, Lifecycle.TASK_DRAFT).getDueDate())
			.isEqualTo(date(WorkingDays.swedish().dueAt(LocalDate.of(yearAfter - 1, 11, 1))));
		assertThat(task(before, Lifecycle.TASK_DRAFT).getDueDate()).as("a running step keeps its due date")
			.isEqualTo(dueBefore);
	}

	@Test
	void aDocumentCreatedAfterItsDueDateIsLateAtOnce() {
		// a VP of a long-past year (from TestYears, as every test's year: a fixed one
		// collided with another test's): its draft was due 15 November the year before,
		// or
		// the working day before that
		int year = TestYears.past();
		ProcessInstance instance = startVp(year);
		Date now = Date.from(this.clock.instant());
		assertThat(task(instance, Lifecycle.TASK_DRAFT).getDueDate())
			.isEqualTo(date(endOfDay(WorkingDays.swedish().onOrBefore(LocalDate.of(year - 1, 11, 15)))));
		assertThat(job("Timer_DraftReminder", instance).getDuedate()).isBefore(now);
		assertThat(job("Timer_DraftEscalation", instance).getDuedate()).isBefore(now);

		execute(job("Timer_DraftReminder", instance));
		execute(job("Task_DraftReminder", instance));
		execute(job("Timer_DraftEscalation", instance));
		execute(job("Task_DraftEscalation", instance));

		BpmnAwareTests.assertThat(instance).isWaitingAt(Lifecycle.TASK_DRAFT);
		String documentId = (String) this.runtimeService.getVariable(instance.getId(), Lifecycle.DOCUMENT_ID);
		assertThat(this.documents.find(UUID.fromString(documentId)).overdueStep()).isEqualTo(Lifecycle.TASK_DRAFT);
	}

	private ProcessInstance startVp(int year) {
		DocumentView document = this.documents.create(new CreateDocument("assistansenheten", year, "VP"),
				"handlaggare");
		return this.runtimeService.createProcessInstanceQuery()
			.processInstanceId(document.processInstanceId())
			.singleResult();
	}

	private Task task(ProcessInstance instance, String key) {
		return this.taskService.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(key)
			.singleResult();
	}

	private DmnDecisionRuleResult evaluate(String type, String step) {
		return this.decisionService
			.evaluateDecisionTableByKey(Deadlines.DECISION_KEY,
					Variables.createVariables().putValue("documentType", type).putValue("step", step))
			.getSingleResult();
	}

	private int latestVersion() {
		return this.repositoryService.createDecisionDefinitionQuery()
			.decisionDefinitionKey(Deadlines.DECISION_KEY)
			.latestVersion()
			.singleResult()
			.getVersion();
	}

	private void deploy(String dmn) {
		this.repositoryService.createDeployment().name("deadlines-test").addString("deadlines.dmn", dmn).deploy();
	}

	private static String packagedDmn() throws IOException {
		try (InputStream in = DeadlinesDmnTest.class.getClassLoader().getResourceAsStream(DMN)) {
			assertThat(in).as(DMN).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static Arguments row(String type, String step, String due, String reminder, String escalation) {
		return Arguments.of(type, step, LocalDate.parse(due), LocalDate.parse(reminder), LocalDate.parse(escalation));
	}

	private static ZonedDateTime endOfDay(LocalDate day) {
		return ZonedDateTime.of(day, LocalTime.of(17, 0), WorkingDays.ZONE);
	}

	private static Date date(ZonedDateTime time) {
		return Date.from(time.toInstant());
	}

}
