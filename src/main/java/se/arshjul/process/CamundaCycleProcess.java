package se.arshjul.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;

import org.springframework.stereotype.Component;

import se.arshjul.cycle.CycleProcess;
import se.arshjul.document.DocumentType;
import se.arshjul.system.ConflictException;

/** {@link CycleProcess} on the engine: {@code arshjul-cycle} and its units' years. */
@Component
class CamundaCycleProcess implements CycleProcess {

	/** Ids per query: well inside every database's limit on an IN list. */
	private static final int CHUNK = 500;

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final HistoryService historyService;

	private final Deadlines deadlines;

	CamundaCycleProcess(RuntimeService runtimeService, TaskService taskService, HistoryService historyService,
			Deadlines deadlines) {
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.historyService = historyService;
		this.deadlines = deadlines;
	}

	@Override
	public String start(String cycleId, String administrationId, int year, String startedBy) {
		try {
			return this.runtimeService
				.startProcessInstanceByKey(Cycles.CYCLE_PROCESS_KEY, cycleId,
						Variables.createVariables()
							.putValue(Lifecycle.ADMINISTRATION_ID, administrationId)
							.putValue(Lifecycle.YEAR, year)
							.putValue(Cycles.STARTED_BY, startedBy))
				.getId();
		}
		catch (FormFieldValidationException ex) {
			// checked before the start, so only a start of the same year at the same
			// moment
			throw new ConflictException(ex.getMessage());
		}
	}

	@Override
	public boolean isRunning(String processInstanceId) {
		return this.runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
	}

	@Override
	public List<String> units(String processInstanceId, int year) {
		String suffix = "-" + year;
		return this.historyService.createHistoricProcessInstanceQuery()
			.superProcessInstanceId(processInstanceId)
			.processDefinitionKey(Cycles.UNIT_YEAR_PROCESS_KEY)
			.list()
			.stream()
			.map(HistoricProcessInstance::getBusinessKey)
			.filter((key) -> key != null && key.endsWith(suffix))
			.map((key) -> key.substring(0, key.length() - suffix.length()))
			.distinct()
			.toList();
	}

	@Override
	public void addUnit(String processInstanceId, String unitId) {
		this.runtimeService.createMessageCorrelation(Cycles.MESSAGE_UNIT_ADDED)
			.processInstanceId(processInstanceId)
			.setVariableLocal(Lifecycle.UNIT_ID, unitId)
			.correlateWithResult();
	}

	@Override
	public void closeUnit(String unitId, int year, String reason) {
		this.runtimeService.createMessageCorrelation(Cycles.MESSAGE_UNIT_CLOSED)
			.processInstanceBusinessKey(Cycles.unitYearKey(unitId, year))
			.setVariable(Cycles.CLOSED_REASON, reason)
			.correlateAll();
	}

	@Override
	public Map<String, OpenStep> openSteps(Collection<String> lifecycleInstanceIds) {
		Map<String, OpenStep> steps = new HashMap<>();
		List<String> ids = new ArrayList<>(lifecycleInstanceIds);
		for (int from = 0; from < ids.size(); from += CHUNK) {
			List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
			for (Task task : this.taskService.createTaskQuery()
				.processInstanceIdIn(chunk.toArray(String[]::new))
				.list()) {
				steps.put(task.getProcessInstanceId(), new OpenStep(task.getTaskDefinitionKey(), task.getName(),
						(task.getDueDate() == null) ? null : task.getDueDate().toInstant()));
			}
		}
		return steps;
	}

	@Override
	public List<StepTime> stepTimes(String administrationId, int year) {
		Map<String, List<HistoricTaskInstance>> byStep = new LinkedHashMap<>();
		for (HistoricTaskInstance task : this.historyService.createHistoricTaskInstanceQuery()
			.processDefinitionKey(Lifecycle.PROCESS_KEY)
			.processVariableValueEquals(Lifecycle.ADMINISTRATION_ID, administrationId)
			.processVariableValueEquals(Lifecycle.YEAR, year)
			.finished()
			.list()) {
			if (task.getDurationInMillis() != null) {
				byStep.computeIfAbsent(task.getTaskDefinitionKey(), (step) -> new ArrayList<>()).add(task);
			}
		}
		List<StepTime> times = new ArrayList<>();
		for (String step : List.of(Lifecycle.TASK_DRAFT, Lifecycle.TASK_APT_DISCUSSION, Lifecycle.TASK_SIGN_OFF,
				Lifecycle.TASK_REVIEW, Lifecycle.TASK_BOARD_DECISION)) {
			List<HistoricTaskInstance> tasks = byStep.get(step);
			if (tasks == null) {
				continue;
			}
			HistoricTaskInstance slowest = tasks.stream()
				.max(Comparator.comparingLong(HistoricTaskInstance::getDurationInMillis))
				.orElseThrow();
			double average = tasks.stream().mapToLong(HistoricTaskInstance::getDurationInMillis).average().orElse(0);
			String dnr = Optional
				.ofNullable(this.historyService.createHistoricProcessInstanceQuery()
					.processInstanceId(slowest.getProcessInstanceId())
					.singleResult())
				.map(HistoricProcessInstance::getBusinessKey)
				.orElse(null);
			times.add(new StepTime(step, slowest.getName(), tasks.size(), hours(average),
					hours(slowest.getDurationInMillis()), dnr));
		}
		return times;
	}

	private static double hours(double millis) {
		return Math.round(millis / 36_000.0) / 100.0;
	}

	@Override
	public LocalDate plannedStart(DocumentType type, int year) {
		return this.deadlines.periodStart(type.name(), year).toLocalDate();
	}

}
