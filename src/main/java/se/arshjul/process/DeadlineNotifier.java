package se.arshjul.process;

import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import se.arshjul.document.DocumentService;
import se.arshjul.document.DocumentView;
import se.arshjul.organisation.Role;

/**
 * Acts on a step's deadline timers. A reminder is recorded for the document and mailed to
 * whoever has the task. An escalation flags the document and the step, raises the task's
 * priority, lets the unit's enhetschef and the förvaltning see the late task in Tasklist
 * (read only: they cannot complete it for the handläggare), and mails them. The element's
 * input parameter {@code deadlineKind} says which.
 * <p>
 * It runs in the asynchronous job of the reminder or escalation service task: when the
 * mail server is down the job fails, all of its changes roll back, and it is retried
 * until it becomes an incident. Mails already sent by a failed attempt are not sent again
 * (see {@link DeadlineMails}). When the step is done by the time the job runs (its timer
 * fired, then someone completed the task before the job was executed), it does nothing.
 */
@Component("deadlineNotifier")
class DeadlineNotifier implements JavaDelegate {

	static final String KIND = "deadlineKind";

	static final String STEP = "deadlineStep";

	static final int ESCALATED_PRIORITY = 100;

	private static final Logger logger = LoggerFactory.getLogger(DeadlineNotifier.class);

	private final DocumentService documents;

	private final TaskService taskService;

	private final AuthorizationService authorizationService;

	private final DeadlineMails mails;

	DeadlineNotifier(DocumentService documents, TaskService taskService, AuthorizationService authorizationService,
			DeadlineMails mails) {
		this.documents = documents;
		this.taskService = taskService;
		this.authorizationService = authorizationService;
		this.mails = mails;
	}

	@Override
	public void execute(DelegateExecution execution) {
		DocumentView document = ProcessFacts.document(execution, execution.getProcessInstanceId(), this.documents);
		UUID id = document.id();
		String step = (String) execution.getVariable(STEP);
		List<Task> open = this.taskService.createTaskQuery()
			.processInstanceId(execution.getProcessInstanceId())
			.taskDefinitionKey(step)
			.list();
		if (open.isEmpty()) {
			// the step was done after its timer fired and before this job ran: nothing is
			// late any more, and the document may already be in a later step (or adopted)
			logger.debug("{} of {} is done; no {}", step, execution.getProcessInstanceId(),
					execution.getVariable(KIND));
			return;
		}
		if ("reminder".equals(execution.getVariable(KIND))) {
			this.documents.recordReminder(id, step);
			this.mails.remind(execution.getProcessInstanceId(), step, id);
			return;
		}
		this.documents.markOverdue(id, step);
		execution.setVariable(Lifecycle.ESCALATED_STEP, step);
		String unitId = document.unitId();
		String administrationId = document.administrationId();
		for (Task task : open) {
			this.taskService.setPriority(task.getId(), ESCALATED_PRIORITY);
			letRead(task, Role.ENHETSCHEF.groupId(unitId));
			letRead(task, Role.FORVALTNING.groupId(administrationId));
		}
		this.mails.escalate(execution.getProcessInstanceId(), step, id);
	}

	private void letRead(Task task, String groupId) {
		boolean granted = this.authorizationService.createAuthorizationQuery()
			.resourceType(Resources.TASK)
			.resourceId(task.getId())
			.groupIdIn(groupId)
			.count() > 0;
		if (!granted) {
			Authorization read = this.authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			read.setGroupId(groupId);
			read.setResource(Resources.TASK);
			read.setResourceId(task.getId());
			read.addPermission(Permissions.READ);
			this.authorizationService.saveAuthorization(read);
		}
	}

}
