package se.arshjul.process;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import se.arshjul.calendar.WorkingDays;

/**
 * Due, reminder and escalation dates of a step, called from the BPMN as
 * {@code ${deadlines.due(execution, 'Task_Draft')}} (and {@code reminder},
 * {@code escalation}).
 * <p>
 * The yearly calendar is the decision table {@code deadlines}
 * ({@code processes/deadlines.dmn}): per document type and step it gives a nominal due
 * date ({@code dueMonthDay}, "MM-dd", in the plan year plus {@code yearOffset}), and how
 * many working days before it a reminder goes out and after it the step escalates. The
 * latest deployed version of the decision is in force, so a förvaltning changes its dates
 * by deploying a new version, without a new release of the app.
 * <p>
 * A due date is the end of a working day (17:00, Europe/Stockholm); one that falls on a
 * weekend or Swedish holiday moves to the working day before. Reminders and escalations
 * count working days. A document created after its nominal date gets a due date in the
 * past, so its reminder and escalation timers fire at once: it is late.
 * <p>
 * Where the table has no rule for the document type and step (or the instance has no
 * {@code documentType} or {@code year}), the configured period from the day the step
 * starts applies ({@code arshjul.deadlines.due}, {@link DeadlineProperties}).
 */
@Component("deadlines")
public class Deadlines {

	/** The key of the decision table in {@code processes/deadlines.dmn}. */
	public static final String DECISION_KEY = "deadlines";

	static final String DUE_MONTH_DAY = "dueMonthDay";

	static final String YEAR_OFFSET = "yearOffset";

	static final String REMINDER_WORKING_DAYS = "reminderWorkingDays";

	static final String ESCALATION_WORKING_DAYS = "escalationWorkingDays";

	private static final Logger logger = LoggerFactory.getLogger(Deadlines.class);

	private final DeadlineProperties properties;

	private final WorkingDays workingDays;

	private final Clock clock;

	private final ProcessEngine processEngine;

	private final Map<RuleKey, Optional<Rule>> rules = new ConcurrentHashMap<>();

	Deadlines(DeadlineProperties properties, WorkingDays workingDays, Clock clock, ProcessEngine processEngine) {
		this.properties = properties;
		this.workingDays = workingDays;
		this.clock = clock;
		this.processEngine = processEngine;
	}

	/** The due date of the step for the instance the execution belongs to. */
	public Date due(VariableScope execution, String taskId) {
		return Date.from(deadlineOf(execution, taskId).due().toInstant());
	}

	/** When the reminder before the due date of the step goes out. */
	public Date reminder(VariableScope execution, String taskId) {
		return Date.from(deadlineOf(execution, taskId).reminder().toInstant());
	}

	/** When the step escalates after its due date. */
	public Date escalation(VariableScope execution, String taskId) {
		return Date.from(deadlineOf(execution, taskId).escalation().toInstant());
	}

	/**
	 * The deadline of a step of a document type for a plan year, from the latest deployed
	 * version of the decision {@value #DECISION_KEY}; from the configured period when it
	 * has no rule for them or when {@code documentType} or {@code year} is null.
	 */
	public Deadline deadline(String documentType, Integer year, String step) {
		if (documentType != null && year != null) {
			Rule rule = evaluate(documentType, step);
			if (rule != null) {
				LocalDate nominal = rule.dueMonthDay().atYear(year + rule.yearOffset());
				return deadline(nominal, rule.reminderWorkingDays(), rule.escalationWorkingDays(), true);
			}
		}
		return fallback(step);
	}

	/** The step of the decision table that gives the day a document of a type starts. */
	public static final String START = "Start";

	/**
	 * When the yearly cycle creates a document of the type for the plan year: 06:00
	 * Europe/Stockholm on the day the decision's {@value #START} rule gives (for a VP,
	 * the day the cycle starts by itself; for T1, T2 and VB the day after their period
	 * ends); without a rule, 15 August the year before for a VP, 1 May and 1 September
	 * for T1 and T2, 1 January the year after for a VB.
	 */
	public ZonedDateTime periodStart(String documentType, int year) {
		Rule rule = evaluate(documentType, START);
		LocalDate day = (rule != null) ? rule.dueMonthDay().atYear(year + rule.yearOffset()) : switch (documentType) {
			case "VP" -> LocalDate.of(year - 1, 8, 15);
			case "T1" -> LocalDate.of(year, 5, 1);
			case "T2" -> LocalDate.of(year, 9, 1);
			case "VB" -> LocalDate.of(year + 1, 1, 1);
			default -> throw new IllegalArgumentException("Okänd dokumenttyp " + documentType);
		};
		return day.atTime(6, 0).atZone(WorkingDays.ZONE);
	}

	/** {@link #periodStart(String, int)} as the BPMN timer needs it. */
	public Date periodStartDate(String documentType, Object year) {
		return Date.from(periodStart(documentType, yearOf(year)).toInstant());
	}

	private Deadline deadlineOf(VariableScope execution, String taskId) {
		if (execution == null) {
			return fallback(taskId);
		}
		Object type = execution.getVariable(Lifecycle.DOCUMENT_TYPE);
		return deadline(type == null ? null : type.toString(), yearOf(execution.getVariable(Lifecycle.YEAR)), taskId);
	}

	private static Integer yearOf(Object year) {
		if (year instanceof Number number) {
			return number.intValue();
		}
		if (year instanceof String text && !text.isBlank()) {
			return Integer.valueOf(text.strip());
		}
		return null;
	}

	private Deadline deadline(LocalDate nominal, int reminderWorkingDays, int escalationWorkingDays,
			boolean fromCalendar) {
		LocalDate dueDay = this.workingDays.onOrBefore(nominal);
		return new Deadline(this.workingDays.dueAt(dueDay),
				this.workingDays.endOfWorkingDay(this.workingDays.minusWorkingDays(dueDay, reminderWorkingDays)),
				this.workingDays.endOfWorkingDay(this.workingDays.plusWorkingDays(dueDay, escalationWorkingDays)),
				fromCalendar);
	}

	private Deadline fallback(String taskId) {
		Period period = this.properties.due().get(taskId);
		if (period == null) {
			throw new IllegalStateException("No deadline for " + taskId + " in the decision " + DECISION_KEY
					+ " nor configured (arshjul.deadlines.due)");
		}
		LocalDate nominal = LocalDate.now(this.clock.withZone(WorkingDays.ZONE)).plus(period);
		return deadline(nominal, this.properties.reminderWorkingDays(), this.properties.escalationWorkingDays(), false);
	}

	/**
	 * The matching rule of the latest version of the decision, or null. Runs as the
	 * engine itself: it is part of creating a task or timer, whoever's action led to
	 * that, so no user's authorizations apply; inside a running command it joins that
	 * command's context. A version's rules never change, so each version's answer for a
	 * type and step is evaluated once and kept: a cycle of 1,500 units asks the same few
	 * questions thousands of times.
	 */
	private Rule evaluate(String documentType, String step) {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) this.processEngine
			.getProcessEngineConfiguration();
		RepositoryService repositoryService = this.processEngine.getRepositoryService();
		DecisionService decisionService = this.processEngine.getDecisionService();
		Optional<Rule> rule = configuration.getCommandExecutorTxRequired()
			.execute(commandContext -> commandContext.runWithoutAuthorization(() -> {
				DecisionDefinition latest = repositoryService.createDecisionDefinitionQuery()
					.decisionDefinitionKey(DECISION_KEY)
					.latestVersion()
					.singleResult();
				if (latest == null) {
					logger.warn("Beslutstabellen {} är inte driftsatt; konfigurerade tidsfrister gäller", DECISION_KEY);
					return Optional.empty();
				}
				return this.rules.computeIfAbsent(new RuleKey(latest.getId(), documentType, step),
						(key) -> Optional
							.ofNullable(decisionService
								.evaluateDecisionTableById(key.decisionDefinitionId(),
										Variables.createVariables()
											.putValue("documentType", documentType)
											.putValue("step", step))
								.getSingleResult())
							.filter((result) -> result.getEntryMap().get(DUE_MONTH_DAY) != null)
							.map((result) -> Rule.of(result, documentType, step, this.properties.reminderWorkingDays(),
									this.properties.escalationWorkingDays())));
			}));
		if (rule.isEmpty()) {
			logger.debug("Ingen regel i {} för {} {}; konfigurerad tidsfrist gäller", DECISION_KEY, documentType, step);
		}
		return rule.orElse(null);
	}

	/** A question to one version of the decision. */
	private record RuleKey(String decisionDefinitionId, String documentType, String step) {
	}

	/**
	 * The deadline of one step: due at the end of a working day, the reminder and
	 * escalation at the end of the working day they fall on; {@code fromCalendar} false
	 * when the configured period applied instead of the decision table.
	 */
	public record Deadline(ZonedDateTime due, ZonedDateTime reminder, ZonedDateTime escalation, boolean fromCalendar) {

	}

	private record Rule(MonthDay dueMonthDay, int yearOffset, int reminderWorkingDays, int escalationWorkingDays) {

		/**
		 * A rule's outputs; an empty reminder or escalation cell means the configured
		 * number of days.
		 */
		static Rule of(DmnDecisionRuleResult result, String documentType, String step, int reminderWorkingDays,
				int escalationWorkingDays) {
			String monthDay = result.getEntry(DUE_MONTH_DAY).toString().strip();
			try {
				return new Rule(MonthDay.parse("--" + monthDay), number(result, YEAR_OFFSET, 0),
						number(result, REMINDER_WORKING_DAYS, reminderWorkingDays),
						number(result, ESCALATION_WORKING_DAYS, escalationWorkingDays));
			}
			catch (DateTimeParseException ex) {
				throw new ProcessEngineException("The decision " + DECISION_KEY + " gives " + DUE_MONTH_DAY + " '"
						+ monthDay + "' for " + documentType + " " + step + "; expected MM-dd, e.g. 11-15", ex);
			}
		}

		private static int number(DmnDecisionRuleResult result, String name, int otherwise) {
			// an empty cell is no entry at all (getEntry would fail on it)
			Object value = result.getEntryMap().get(name);
			if (value == null) {
				return otherwise;
			}
			return value instanceof Number number ? number.intValue() : Integer.parseInt(value.toString().strip());
		}

	}

}
