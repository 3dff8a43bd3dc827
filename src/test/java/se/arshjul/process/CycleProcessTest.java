package se.arshjul.process;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import se.arshjul.calendar.WorkingDays;
import se.arshjul.cycle.CycleService;
import se.arshjul.cycle.CycleView;
import se.arshjul.cycle.StartCycle;
import se.arshjul.document.DocumentService;
import se.arshjul.document.DocumentService.DocumentSummary;
import se.arshjul.document.DocumentStatus;
import se.arshjul.document.DocumentType;
import se.arshjul.document.DocumentView;
import se.arshjul.organisation.OrganisationService;
import se.arshjul.plan.DocumentKind;
import se.arshjul.plan.Indicator;
import se.arshjul.plan.Periodicity;
import se.arshjul.rendering.PlanRenderingTest;
import se.arshjul.support.Jobs;
import se.arshjul.support.PostgresSpringTest;
import se.arshjul.support.TestYears;
import se.arshjul.system.ConflictException;
import se.arshjul.system.ForbiddenException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every path of {@code arshjul-cycle} and {@code arshjul-unit-year} on the real engine,
 * beans and PostgreSQL: the jobs and timers are run by the test, one by one.
 */
@PostgresSpringTest
class CycleProcessTest {

	static final String ADMINISTRATION = "hagersten-liljeholmen";

	static final List<String> DEMO_UNITS = List.of("assistansenheten", "bestallarenheten-funktionsnedsattning",
			"bestallarenheten-aldre");

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	HistoryService historyService;

	@Autowired
	IdentityService identityService;

	@Autowired
	CycleService cycles;

	@Autowired
	DocumentService documents;

	@Autowired
	OrganisationService organisation;

	@Autowired
	Deadlines deadlines;

	@Autowired
	WorkingDays workingDays;

	LifecycleSteps steps;

	int year;

	CycleView cycle;

	@BeforeEach
	void startCycle() {
		BpmnAwareTests.init(this.engine);
		this.steps = new LifecycleSteps(this.taskService, this.identityService, this.documents);
		this.year = TestYears.next();
		this.cycle = this.cycles.start(new StartCycle(ADMINISTRATION, this.year), "controller");
		runCycleJobs();
	}

	@Test
	void startsEveryActiveUnitsYearWithItsVpInItsLifecycle() {
		assertThat(this.cycle.id()).isEqualTo(ADMINISTRATION + "-" + this.year);
		ProcessInstance cycleInstance = cycleInstance();
		assertThat(cycleInstance.getBusinessKey()).isEqualTo(this.cycle.id());
		assertThat(this.runtimeService.getVariables(cycleInstance.getId()))
			.containsEntry("administrationId", ADMINISTRATION)
			.containsEntry("administrationName", "Hägersten-Liljeholmens stadsdelsförvaltning")
			.containsEntry("year", this.year)
			.containsEntry("startedBy", "controller");

		for (String unitId : DEMO_UNITS) {
			ProcessInstance unitYear = unitYear(unitId);
			assertThat(this.runtimeService.getVariables(unitYear.getId())).containsEntry("unitId", unitId)
				.containsEntry("documentType", "VP")
				.containsEntry("year", this.year)
				.containsKey("unitName");
			DocumentSummary vp = document(unitId, DocumentType.VP);
			assertThat(vp.status()).isEqualTo(DocumentStatus.DRAFT);
			ProcessInstance lifecycle = lifecycleOf(vp);
			assertThat(lifecycle.getBusinessKey()).as("a lifecycle is found by its Dnr").isEqualTo(vp.dnr());
			assertThat(this.runtimeService.createProcessInstanceQuery()
				.superProcessInstanceId(unitYear.getId())
				.singleResult()
				.getId()).isEqualTo(lifecycle.getId());
			assertThat(this.runtimeService.getVariables(lifecycle.getId())).containsEntry("unitId", unitId)
				.containsEntry("documentType", "VP")
				.containsEntry("year", this.year)
				.containsEntry("dnr", vp.dnr())
				.containsKey("unitName");
			Task draft = this.steps.task(lifecycle, Lifecycle.TASK_DRAFT);
			assertThat(draft.getDueDate().toInstant()).as("due 15 November the year before, end of a working day")
				.isEqualTo(this.workingDays.dueAt(this.workingDays.onOrBefore(LocalDate.of(this.year - 1, 11, 15)))
					.toInstant());
			assertThat(this.taskService.getIdentityLinksForTask(draft.getId()))
				.anySatisfy((link) -> assertThat(link.getGroupId()).isEqualTo("handlaggare-" + unitId));
		}
		assertThat(this.documents.documentsOf(ADMINISTRATION, this.year)).as("no T1, T2 or VB before their time")
			.allSatisfy((d) -> assertThat(d.type()).isEqualTo(DocumentType.VP));
	}

	@Test
	void refusesASecondCycleForTheSameYearAndStartsOnlyForForvaltningStaff() {
		assertThatThrownBy(() -> this.cycles.start(new StartCycle(ADMINISTRATION, this.year), "admin"))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("redan startat");
		assertThatThrownBy(() -> this.cycles.start(new StartCycle(ADMINISTRATION, TestYears.next()), "handlaggare"))
			.isInstanceOf(ForbiddenException.class);
		assertThat(this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(Cycles.CYCLE_PROCESS_KEY)
			.processInstanceBusinessKey(this.cycle.id())
			.count()).isEqualTo(1);
	}

	@Test
	void theCalendarStartsEachDueCycleOnceAndNoneBeforeItsDay() {
		int notYet = LocalDate.now(WorkingDays.ZONE).getYear() + 2;
		assertThat(this.cycles.startDue(notYet)).as("its VP start, 15 August the year before, has not come").isEmpty();

		int due = TestYears.past();
		assertThat(this.cycles.startDue(due)).contains(ADMINISTRATION + "-" + due);
		CycleView started = this.cycles.get(ADMINISTRATION + "-" + due, "controller");
		assertThat(started.startedBy()).isEqualTo(CycleService.CALENDAR);
		Jobs.runAll(this.managementService, started.processInstanceId());
		assertThat(this.documents.documentsOf(ADMINISTRATION, due)).as("every unit's VP, made by the calendar")
			.extracting(DocumentSummary::unitId)
			.containsAll(DEMO_UNITS);
		assertThat(this.cycles.startDue(due)).as("never twice").doesNotContain(ADMINISTRATION + "-" + due);
	}

	@Test
	void vpReturnedTwiceIsAdoptedThenT1T2AndVbFollowAfterTheirPeriodsFromTheAdoptedVp() {
		ProcessInstance unitYear = unitYear("assistansenheten");
		ProcessInstance vp = lifecycleOf(document("assistansenheten", DocumentType.VP));
		this.steps.draft(vp);
		this.steps.apt(vp);
		this.steps.signOff(vp, "return", "Budgeten saknar lokalkostnader.");
		this.steps.draft(vp);
		this.steps.apt(vp);
		this.steps.signOff(vp, "approve", null);
		this.steps.review(vp, "return", "Indikatorerna saknar årsmål.");
		this.steps.draft(vp);
		this.steps.apt(vp);
		this.steps.signOff(vp, "approve", null);
		this.steps.review(vp, "approve", null);
		this.steps.board(vp, "adopted", null);
		runJobs(vp);
		assertThat(this.documents.find(document("assistansenheten", DocumentType.VP).id()).status())
			.isEqualTo(DocumentStatus.ADOPTED);

		runFollowUp(unitYear, DocumentType.T1, LocalDate.of(this.year, 5, 1));
		runFollowUp(unitYear, DocumentType.T2, LocalDate.of(this.year, 9, 1));
		runFollowUp(unitYear, DocumentType.VB, LocalDate.of(this.year + 1, 1, 1));

		BpmnAwareTests.assertThat(unitYear).isEnded().hasPassed("Event_UnitYearDone");
		assertThat(cycleInstance()).as("the other units' years go on").isNotNull();
	}

	/**
	 * The unit's year waits for the period to end, then creates the follow-up from the
	 * adopted VP and runs it through its lifecycle to adoption.
	 */
	private void runFollowUp(ProcessInstance unitYear, DocumentType type, LocalDate periodStart) {
		BpmnAwareTests.assertThat(unitYear).isWaitingAt("Timer_PeriodEnded");
		assertThat(this.documents.documentsOf(ADMINISTRATION, this.year))
			.noneMatch((d) -> d.unitId().equals("assistansenheten") && d.type() == type);
		Job timer = this.managementService.createJobQuery().processInstanceId(unitYear.getId()).timers().singleResult();
		assertThat(timer.getDuedate().toInstant()).as(type + " is created when its period has ended")
			.isEqualTo(ZonedDateTime.of(periodStart.atTime(6, 0), WorkingDays.ZONE).toInstant());
		this.managementService.executeJob(timer.getId());

		DocumentSummary created = document("assistansenheten", type);
		DocumentView followUp = this.documents.find(created.id());
		assertThat(followUp.status()).isEqualTo(DocumentStatus.DRAFT);
		assertThat(followUp.content()).as("made from the adopted VP")
			.isEqualTo(this.documents.find(document("assistansenheten", DocumentType.VP).id())
				.content()
				.toFollowUp(DocumentKind.valueOf(type.name())));
		List<Indicator> indicators = followUp.content()
			.directionGoals()
			.stream()
			.flatMap((d) -> d.councilGoals().stream())
			.flatMap((c) -> c.indicators().stream())
			.toList();
		assertThat(indicators).as("the adopted VP's indicators, with their periodicity").isNotEmpty();
		assertThat(indicators).anyMatch((i) -> i.periodicity() == Periodicity.TERTIAL);
		assertThat(this.runtimeService.getVariable(unitYear.getId(), "documentType")).isEqualTo(type.name());

		ProcessInstance lifecycle = lifecycleOf(created);
		assertThat(this.runtimeService.getVariable(lifecycle.getId(), "documentType")).isEqualTo(type.name());
		this.steps.draft(lifecycle, PlanRenderingTest.followUp(DocumentKind.valueOf(type.name())));
		this.steps.apt(lifecycle);
		this.steps.signOff(lifecycle, "approve", null);
		this.steps.review(lifecycle, "approve", null);
		this.steps.board(lifecycle, "adopted", null);
		runJobs(lifecycle);
		assertThat(this.documents.find(created.id()).status()).isEqualTo(DocumentStatus.ADOPTED);
	}

	@Test
	void aUnitAddedMidYearJoinsTheCycleWithItsVp() {
		String unitId = "nya-enheten-" + this.year;
		this.organisation.addUnit(ADMINISTRATION, unitId, "Nya enheten " + this.year, "controller");
		runCycleJobs();

		ProcessInstance unitYear = unitYear(unitId);
		assertThat(this.runtimeService.getVariable(unitYear.getId(), "unitName")).isEqualTo("Nya enheten " + this.year);
		DocumentSummary vp = document(unitId, DocumentType.VP);
		BpmnAwareTests.assertThat(lifecycleOf(vp)).isWaitingAt(Lifecycle.TASK_DRAFT);
		assertThat(unitYears()).as("the other units' years are untouched").hasSize(DEMO_UNITS.size() + 1);

		this.organisation.closeUnit(unitId, "Testenheten behövs inte längre", "controller");
	}

	@Test
	void aClosedUnitsOpenWorkIsCancelledWithTheReasonAndTheCycleGoesOn() {
		String unitId = "stangda-enheten-" + this.year;
		this.organisation.addUnit(ADMINISTRATION, unitId, "Stängda enheten", "controller");
		runCycleJobs();
		ProcessInstance unitYear = unitYear(unitId);
		DocumentSummary vp = document(unitId, DocumentType.VP);
		ProcessInstance lifecycle = lifecycleOf(vp);

		this.organisation.closeUnit(unitId, "Verksamheten flyttas till Skärholmen", "controller");

		BpmnAwareTests.assertThat(unitYear).isEnded().hasPassed("Event_UnitYearClosed");
		BpmnAwareTests.assertThat(lifecycle).isEnded();
		assertThat(this.taskService.createTaskQuery().processInstanceId(lifecycle.getId()).count()).isZero();
		DocumentView cancelled = this.documents.find(vp.id());
		assertThat(cancelled.status()).isEqualTo(DocumentStatus.CANCELLED);
		assertThat(cancelled.statusLabel()).isEqualTo("Avbruten");
		assertThat(cancelled.lastComment()).isEqualTo("Enheten avvecklades: Verksamheten flyttas till Skärholmen");
		assertThat(this.documents.history(vp.id(), "controller"))
			.anySatisfy((entry) -> assertThat(entry.kind()).isEqualTo("CANCELLED"));
		assertThat(cycleInstance()).as("the cycle goes on for the others").isNotNull();
		for (String other : DEMO_UNITS) {
			BpmnAwareTests.assertThat(lifecycleOf(document(other, DocumentType.VP))).isWaitingAt(Lifecycle.TASK_DRAFT);
		}
	}

	// --- helpers

	private ProcessInstance cycleInstance() {
		return this.runtimeService.createProcessInstanceQuery()
			.processInstanceId(this.cycle.processInstanceId())
			.singleResult();
	}

	private List<ProcessInstance> unitYears() {
		return this.runtimeService.createProcessInstanceQuery()
			.superProcessInstanceId(this.cycle.processInstanceId())
			.list();
	}

	private ProcessInstance unitYear(String unitId) {
		return this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(Cycles.UNIT_YEAR_PROCESS_KEY)
			.processInstanceBusinessKey(unitId + "-" + this.year)
			.singleResult();
	}

	private DocumentSummary document(String unitId, DocumentType type) {
		return this.documents.documentsOf(ADMINISTRATION, this.year)
			.stream()
			.filter((d) -> d.unitId().equals(unitId) && d.type() == type)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + type + " for " + unitId));
	}

	private ProcessInstance lifecycleOf(DocumentSummary document) {
		assertThat(document.processInstanceId()).as("the document knows its lifecycle").isNotNull();
		return this.runtimeService.createProcessInstanceQuery()
			.processInstanceId(document.processInstanceId())
			.singleResult();
	}

	/**
	 * Runs the cycle's own jobs (its batches and units start as jobs) until none is left.
	 */
	private void runCycleJobs() {
		Jobs.runAll(this.managementService, this.cycle.processInstanceId());
	}

	private void runJobs(ProcessInstance instance) {
		Jobs.runAll(this.managementService, instance.getId());
	}

}
