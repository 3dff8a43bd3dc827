package se.arshjul.process;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import org.springframework.stereotype.Component;

import se.arshjul.document.DocumentService;
import se.arshjul.organisation.Role;

/**
 * At the start of every {@code document-lifecycle} instance (by itself or called by a
 * unit's year): the document knows its instance, and the unit's and the förvaltning's
 * groups may read the instance; no one else can.
 */
@Component("lifecycleStarted")
class LifecycleStartListener implements ExecutionListener {

	private final DocumentService documents;

	private final InstanceGrants grants;

	LifecycleStartListener(DocumentService documents, InstanceGrants grants) {
		this.documents = documents;
		this.grants = grants;
	}

	@Override
	public void notify(DelegateExecution execution) {
		String unitId = (String) execution.getVariable(Lifecycle.UNIT_ID);
		String administrationId = (String) execution.getVariable(Lifecycle.ADMINISTRATION_ID);
		this.documents.attachProcess(UUID.fromString((String) execution.getVariable(Lifecycle.DOCUMENT_ID)),
				execution.getProcessInstanceId());
		this.grants.read(execution.getProcessInstanceId(), Role.HANDLAGGARE.groupId(unitId),
				Role.ENHETSCHEF.groupId(unitId), Role.FORVALTNING.groupId(administrationId),
				Role.NAMNDSEKRETERARE.groupId(administrationId));
	}

}
