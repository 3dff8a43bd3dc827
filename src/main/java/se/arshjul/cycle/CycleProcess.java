package se.arshjul.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import se.arshjul.document.DocumentType;

/** The engine's side of the yearly cycle; implemented by the process package. */
public interface CycleProcess {

	/**
	 * Starts {@code arshjul-cycle} for the förvaltning and year, with the cycle id as its
	 * business key. The process registers the cycle ({@link CycleService#register}) in
	 * the same transaction.
	 * @return the process instance id
	 */
	String start(String cycleId, String administrationId, int year, String startedBy);

	/** Whether the cycle's process instance still runs. */
	boolean isRunning(String processInstanceId);

	/** The id of each unit the cycle has taken in (a unit's year, running or ended). */
	List<String> units(String processInstanceId, int year);

	/** A unit added to the förvaltning joins the running cycle. */
	void addUnit(String processInstanceId, String unitId);

	/**
	 * A closed unit's year in the cycle ends: its open work is cancelled with the reason.
	 */
	void closeUnit(String unitId, int year, String reason);

	/** The open user task of each of these lifecycle instances that has one. */
	Map<String, OpenStep> openSteps(Collection<String> lifecycleInstanceIds);

	/** Time spent per step in the förvaltning's lifecycles of the year, from history. */
	List<StepTime> stepTimes(String administrationId, int year);

	/** When the cycle creates a document of the type for the year. */
	LocalDate plannedStart(DocumentType type, int year);

	/** A lifecycle's open step: the user task, its name and due date. */
	record OpenStep(String step, String stepName, Instant due) {
	}

	/** Completed instances of a step, their average and longest duration. */
	record StepTime(String step, String stepName, long completed, double averageHours, double slowestHours,
			String slowestDnr) {
	}

}
