package se.arshjul.process;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

import se.arshjul.document.DocumentService;
import se.arshjul.document.DocumentStatus;

/**
 * When a step's task is created, the document's status follows; the APT step goes to the
 * draft's author.
 */
@Component("stepListener")
class StepListener implements TaskListener {

	private static final Map<String, DocumentStatus> STATUS_BY_TASK = Map.of(Lifecycle.TASK_DRAFT, DocumentStatus.DRAFT,
			Lifecycle.TASK_APT_DISCUSSION, DocumentStatus.APT_DISCUSSION, Lifecycle.TASK_SIGN_OFF,
			DocumentStatus.SIGN_OFF, Lifecycle.TASK_REVIEW, DocumentStatus.REVIEW, Lifecycle.TASK_BOARD_DECISION,
			DocumentStatus.BOARD_DECISION);

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
		this.documents.enterStep(documentId(task), status);
		Object draftedBy = task.getVariable(Lifecycle.DRAFTED_BY);
		if (Lifecycle.TASK_APT_DISCUSSION.equals(task.getTaskDefinitionKey()) && draftedBy != null) {
			// the one who wrote the draft brings it to the workplace meeting
			task.setAssignee(draftedBy.toString());
		}
	}

	static UUID documentId(DelegateTask task) {
		return UUID.fromString((String) task.getVariable(Lifecycle.DOCUMENT_ID));
	}

}
