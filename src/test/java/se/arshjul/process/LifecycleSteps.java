package se.arshjul.process;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import se.arshjul.document.DocumentService;
import se.arshjul.plan.Assistansenheten2017;
import se.arshjul.plan.PlanContent;

/**
 * Completes the lifecycle's tasks with valid values, each as the demo user whose role
 * does it, so that Camunda's authorizations apply as in Tasklist.
 */
class LifecycleSteps {

	private final TaskService taskService;

	private final IdentityService identityService;

	private final DocumentService documents;

	LifecycleSteps(TaskService taskService, IdentityService identityService, DocumentService documents) {
		this.taskService = taskService;
		this.identityService = identityService;
		this.documents = documents;
	}

	/**
	 * The unit's goals, indicators and budget as the 2017 Assistansenheten plan has them
	 * (e.g. from an import).
	 */
	void writePlan(ProcessInstance instance) {
		UUID id = UUID.fromString((String) this.taskService.getVariable(task(instance, Lifecycle.TASK_DRAFT).getId(),
				Lifecycle.DOCUMENT_ID));
		this.documents.saveDraft(id, "Verksamhetsplan för Assistansenheten", Assistansenheten2017.vp(), "handlaggare");
	}

	Task task(ProcessInstance instance, String key) {
		return this.taskService.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(key)
			.singleResult();
	}

	void complete(ProcessInstance instance, String key, Map<String, Object> variables) {
		String taskId = task(instance, key).getId();
		String user = switch (key) {
			case Lifecycle.TASK_SIGN_OFF -> "enhetschef";
			case Lifecycle.TASK_REVIEW -> "controller";
			case Lifecycle.TASK_BOARD_DECISION -> "namndsekreterare";
			default -> "handlaggare";
		};
		this.identityService.setAuthentication(user,
				this.identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
		try {
			this.taskService.complete(taskId, variables);
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	/** Writes this content and completes the draft. */
	void draft(ProcessInstance instance, PlanContent content) {
		UUID id = UUID.fromString((String) this.taskService.getVariable(task(instance, Lifecycle.TASK_DRAFT).getId(),
				Lifecycle.DOCUMENT_ID));
		String title = this.documents.find(id).title();
		this.documents.saveDraft(id, title, content, "handlaggare");
		completeDraft(instance, title);
	}

	void draft(ProcessInstance instance) {
		writePlan(instance);
		completeDraft(instance, "Verksamhetsplan för Assistansenheten");
	}

	private void completeDraft(ProcessInstance instance, String title) {
		complete(instance, Lifecycle.TASK_DRAFT,
				vars("title", title, "vision",
						"Vi ger personlig assistans med hög kvalitet, så att den enskilde kan leva som andra.",
						"description", "Enheten har 240 assistenter.", "qualityWork", "", "otherMatters", ""));
	}

	void apt(ProcessInstance instance) {
		complete(instance, Lifecycle.TASK_APT_DISCUSSION,
				vars("aptDate", "2026-11-03", "aptNotes", "Medarbetarna ville prioritera kompetensutveckling."));
	}

	void signOff(ProcessInstance instance, String decision, String comment) {
		complete(instance, Lifecycle.TASK_SIGN_OFF, vars("signOffDecision", decision, "comment", comment));
	}

	void review(ProcessInstance instance, String decision, String comment) {
		complete(instance, Lifecycle.TASK_REVIEW, vars("reviewDecision", decision, "comment", comment));
	}

	void board(ProcessInstance instance, String decision, String comment) {
		complete(instance, Lifecycle.TASK_BOARD_DECISION,
				vars("boardDecision", decision, "meetingDate", "2026-12-10", "paragraph", "§ 12", "comment", comment));
	}

	static Map<String, Object> vars(Object... keysAndValues) {
		Map<String, Object> variables = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			variables.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return variables;
	}

}
