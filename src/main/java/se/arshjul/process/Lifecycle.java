package se.arshjul.process;

/**
 * Names shared with {@code processes/document-lifecycle.bpmn}: keys, element ids,
 * variables.
 */
final class Lifecycle {

	static final String PROCESS_KEY = "document-lifecycle";

	static final String TASK_DRAFT = "Task_Draft";

	static final String TASK_APT_DISCUSSION = "Task_AptDiscussion";

	static final String TASK_SIGN_OFF = "Task_SignOff";

	static final String TASK_REVIEW = "Task_Review";

	static final String TASK_BOARD_DECISION = "Task_BoardDecision";

	static final String TASK_RENDER_ADOPTED = "Task_RenderAdopted";

	// process variables set at start
	static final String DOCUMENT_ID = "documentId";

	static final String DNR = "dnr";

	static final String ADMINISTRATION_ID = "administrationId";

	static final String UNIT_ID = "unitId";

	static final String UNIT_NAME = "unitName";

	static final String DOCUMENT_TYPE = "documentType";

	static final String YEAR = "year";

	static final String DOCUMENT_TITLE = "documentTitle";

	// decisions and their details, submitted with the tasks
	static final String SIGN_OFF_DECISION = "signOffDecision";

	static final String REVIEW_DECISION = "reviewDecision";

	static final String BOARD_DECISION = "boardDecision";

	static final String COMMENT = "comment";

	static final String APT_DATE = "aptDate";

	static final String APT_NOTES = "aptNotes";

	static final String MEETING_DATE = "meetingDate";

	static final String PARAGRAPH = "paragraph";

	static final String DECIDED_BY = "decidedBy";

	/** Who completed the draft: the APT step is assigned to them. */
	static final String DRAFTED_BY = "draftedBy";

	/**
	 * The comment of the last return or referral, shown to the handläggare on the draft
	 * task.
	 */
	static final String RETURN_COMMENT = "returnComment";

	/** The step that went past its due date, set by the escalation. */
	static final String ESCALATED_STEP = "escalatedStep";

	// the draft's fields, shown and submitted on Task_Draft and then moved into the
	// document
	static final String TITLE = "title";

	static final String VISION = "vision";

	static final String DESCRIPTION = "description";

	static final String QUALITY_WORK = "qualityWork";

	static final String OTHER_MATTERS = "otherMatters";

	static final String APPROVE = "approve";

	static final String RETURN = "return";

	static final String ADOPTED = "adopted";

	static final String REFERRED_BACK = "referredBack";

	private Lifecycle() {
	}

}
