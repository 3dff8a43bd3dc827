package se.arshjul.process;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

import se.arshjul.document.DocumentService;
import se.arshjul.document.DocumentStatus;

/**
 * When a step's task is created, the document's status follows, the step's decision
 * fields start empty, and the APT step goes to the draft's author.
 */
@Component("stepListener")
class StepListener implements TaskListener {

	private static final Map<String, DocumentStatus> STATUS_BY_TASK = Map.of(Lifecycle.TASK_DRAFT, DocumentStatus.DRAFT,
			Lifecycle.TASK_APT_DISCUSSION, DocumentStatus.APT_DISCUSSION, Lifecycle.TASK_SIGN_OFF,
			DocumentStatus.SIGN_OFF, Lifecycle.TASK_REVIEW, DocumentStatus.REVIEW, Lifecycle.TASK_BOARD_DECISION,
			DocumentStatus.BOARD_DECISION);

	/** What each deciding step submits: it starts empty whenever the step opens. */
	private static final Map<String, List<String>> DECIDED_HERE = Map.of(Lifecycle.TASK_SIGN_OFF,
			List.of(Lifecycle.SIGN_OFF_DECISION, Lifecycle.COMMENT), Lifecycle.TASK_REVIEW,
			List.of(Lifecycle.REVIEW_DECISION, Lifecycle.COMMENT), Lifecycle.TASK_BOARD_DECISION,
			List.of(Lifecycle.BOARD_DECISION, Lifecycle.MEETING_DATE, Lifecycle.PARAGRAPH, Lifecycle.COMMENT));

	private final DocumentService documents;

	StepListener(DocumentService documents) {
		this.documents = documents;
	}

	@Override
	public void notify(DelegateTask task) {
		DocumentStatus status = STATUS_BY_TASK.get(task.getTaskDefinitionKey());
		if (status == null) {
			throw new IllegalStateException("No document status for task " + task.getTaskDefinitionKey());
		}
		this.documents.enterStep(ProcessFacts.document(task, task.getProcessInstanceId(), this.documents).id(), status);
		// a decision counts only if the one who decides submits it: nothing set earlier,
		// by an earlier step or its user, stands in for it
		task.getExecution().removeVariables(DECIDED_HERE.getOrDefault(task.getTaskDefinitionKey(), List.of()));
		Object draftedBy = task.getVariable(Lifecycle.DRAFTED_BY);
		if (Lifecycle.TASK_APT_DISCUSSION.equals(task.getTaskDefinitionKey()) && draftedBy != null) {
			// the one who wrote the draft brings it to the workplace meeting
			task.setAssignee(draftedBy.toString());
		}
	}

}
