package se.arshjul.process;

import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.stereotype.Component;

import se.arshjul.document.DocumentLifecycle;
import se.arshjul.organisation.Role;

/**
 * Starts {@code document-lifecycle} with the Dnr as business key and the few variables it
 * needs, and lets the unit's and the förvaltning's groups read that instance (so that
 * Tasklist shows which unit and document a task belongs to); no one else can.
 */
@Component
class CamundaDocumentLifecycle implements DocumentLifecycle {

	private final RuntimeService runtimeService;

	private final AuthorizationService authorizationService;

	CamundaDocumentLifecycle(RuntimeService runtimeService, AuthorizationService authorizationService) {
		this.runtimeService = runtimeService;
		this.authorizationService = authorizationService;
	}

	@Override
	public String start(LifecycleStart start) {
		ProcessInstance instance = startInstance(start);
		for (String group : new String[] { Role.HANDLAGGARE.groupId(start.unitId()),
				Role.ENHETSCHEF.groupId(start.unitId()), Role.FORVALTNING.groupId(start.administrationId()),
				Role.NAMNDSEKRETERARE.groupId(start.administrationId()) }) {
			Authorization read = this.authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			read.setGroupId(group);
			read.setResource(Resources.PROCESS_INSTANCE);
			read.setResourceId(instance.getId());
			read.addPermission(Permissions.READ);
			this.authorizationService.saveAuthorization(read);
		}
		return instance.getId();
	}

	private ProcessInstance startInstance(LifecycleStart start) {
		return this.runtimeService.startProcessInstanceByKey(Lifecycle.PROCESS_KEY, start.dnr(),
				Map.of(Lifecycle.DOCUMENT_ID, start.documentId().toString(), Lifecycle.DNR, start.dnr(),
						Lifecycle.ADMINISTRATION_ID, start.administrationId(), Lifecycle.UNIT_ID, start.unitId(),
						Lifecycle.UNIT_NAME, start.unitName(), Lifecycle.DOCUMENT_TYPE, start.type().name(),
						Lifecycle.YEAR, start.year(), Lifecycle.DOCUMENT_TITLE, start.title()));
	}

}
