package se.arshjul.process;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.arshjul.document.DocumentService;
import se.arshjul.document.DraftSaved;

/**
 * When a draft is saved outside its task form, the open {@code Task_Draft} form shows the
 * saved text, so that completing the form never writes an older copy over it.
 */
@Component
class DraftFormRefresher {

	private final TaskService taskService;

	private final RuntimeService runtimeService;

	private final DocumentService documents;

	DraftFormRefresher(TaskService taskService, RuntimeService runtimeService, DocumentService documents) {
		this.taskService = taskService;
		this.runtimeService = runtimeService;
		this.documents = documents;
	}

	@EventListener
	void draftSaved(DraftSaved saved) {
		if (saved.processInstanceId() == null || this.taskService.createTaskQuery()
			.processInstanceId(saved.processInstanceId())
			.taskDefinitionKey(Lifecycle.TASK_DRAFT)
			.count() == 0) {
			return;
		}
		this.runtimeService.setVariables(saved.processInstanceId(),
				DraftTaskListener.formFields(this.documents.find(saved.documentId())));
	}

}
