package se.arshjul.process;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;

import org.springframework.stereotype.Component;

import se.arshjul.document.DocumentService;
import se.arshjul.document.DocumentStatus;
import se.arshjul.document.DocumentView;
import se.arshjul.system.FieldProblem;

/**
 * Checks what a task was completed with, by any route, and refuses the completion with
 * every problem named, first of all any change to the facts the process keeps about its
 * document (see {@link ProcessFacts}) ({@link FormFieldValidationException}: 400 on the
 * engine REST API, a message in Tasklist; the task stays open). Then records the step in
 * the document.
 */
@Component("taskCompletionListener")
class TaskCompletionListener implements TaskListener {

	private final DocumentService documents;

	private final DraftTaskListener draft;

	private final IdentityService identityService;

	TaskCompletionListener(DocumentService documents, DraftTaskListener draft, IdentityService identityService) {
		this.documents = documents;
		this.draft = draft;
		this.identityService = identityService;
	}

	@Override
	public void notify(DelegateTask task) {
		String key = task.getTaskDefinitionKey();
		DocumentView document = ProcessFacts.document(task, task.getProcessInstanceId(), this.documents);
		refuse(ProcessFacts.changed(task, document));
		List<FieldProblem> problems = new ArrayList<>(TaskInputRules.check(key, task::getVariable));
		if (Lifecycle.TASK_DRAFT.equals(key)) {
			problems.addAll(this.draft.planErrors(task));
		}
		refuse(problems);
		String actor = actor(task);
		UUID id = document.id();
		switch (key) {
			case Lifecycle.TASK_DRAFT -> this.draft.saveDraft(task, actor);
			case Lifecycle.TASK_APT_DISCUSSION ->
				this.documents.recordAptDiscussion(id, TaskInputRules.parseDate(task.getVariable(Lifecycle.APT_DATE)),
						text(task, Lifecycle.APT_NOTES), actor);
			case Lifecycle.TASK_SIGN_OFF -> decided(task, id, Lifecycle.SIGN_OFF_DECISION, Lifecycle.RETURN, actor);
			case Lifecycle.TASK_REVIEW -> decided(task, id, Lifecycle.REVIEW_DECISION, Lifecycle.RETURN, actor);
			case Lifecycle.TASK_BOARD_DECISION -> {
				task.setVariable(Lifecycle.PARAGRAPH, TaskInputRules.paragraph(task.getVariable(Lifecycle.PARAGRAPH)));
				task.setVariable(Lifecycle.DECIDED_BY, actor);
				decided(task, id, Lifecycle.BOARD_DECISION, Lifecycle.REFERRED_BACK, actor);
				if (Lifecycle.ADOPTED.equals(task.getVariable(Lifecycle.BOARD_DECISION))) {
					this.documents.enterStep(id, DocumentStatus.RENDERING);
				}
			}
			default -> throw new IllegalStateException("No completion rules for task " + key);
		}
	}

	private static void refuse(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new FormFieldValidationException(problems.get(0).field(),
					problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
		}
	}

	private void decided(DelegateTask task, UUID id, String decisionVariable, String sendsBack, String actor) {
		String decision = text(task, decisionVariable);
		this.documents.recordDecision(id, task.getTaskDefinitionKey(), decision, text(task, Lifecycle.COMMENT),
				sendsBack.equals(decision), actor);
	}

	private String actor(DelegateTask task) {
		Authentication current = this.identityService.getCurrentAuthentication();
		return current != null ? current.getUserId() : task.getAssignee();
	}

	private static String text(DelegateTask task, String name) {
		Object value = task.getVariable(name);
		return value == null ? null : value.toString();
	}

}
