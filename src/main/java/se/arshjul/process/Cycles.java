package se.arshjul.process;

/**
 * Names shared with {@code processes/arshjul-cycle.bpmn} and
 * {@code processes/arshjul-unit-year.bpmn}.
 */
final class Cycles {

	static final String CYCLE_PROCESS_KEY = "arshjul-cycle";

	static final String UNIT_YEAR_PROCESS_KEY = "arshjul-unit-year";

	/** Correlated to a running cycle when a unit is added to its förvaltning. */
	static final String MESSAGE_UNIT_ADDED = "arshjul-unit-added";

	/** Correlated to a unit's year when the unit is closed. */
	static final String MESSAGE_UNIT_CLOSED = "arshjul-unit-closed";

	/**
	 * Correlated to a unit's year waiting for a document that was already running when
	 * the cycle reached it.
	 */
	static final String MESSAGE_DOCUMENT_ADOPTED = "arshjul-document-adopted";

	static final String ADMINISTRATION_NAME = "administrationName";

	static final String STARTED_BY = "startedBy";

	/** NEW (the cycle created it), RUNNING (it had a lifecycle already) or DONE. */
	static final String DOCUMENT_STATE = "documentState";

	static final String CLOSED_REASON = "closedReason";

	static String unitYearKey(String unitId, Object year) {
		return unitId + "-" + year;
	}

	private Cycles() {
	}

}
