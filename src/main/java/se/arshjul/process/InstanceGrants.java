package se.arshjul.process;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;

import org.springframework.stereotype.Component;

/**
 * Lets groups read one process instance, and nothing more: in Tasklist the card of a task
 * shows its unit and document, in Cockpit the förvaltning sees its own instances,
 * read-only.
 */
@Component
class InstanceGrants {

	private final AuthorizationService authorizationService;

	InstanceGrants(AuthorizationService authorizationService) {
		this.authorizationService = authorizationService;
	}

	void read(String processInstanceId, String... groups) {
		for (String group : groups) {
			Authorization read = this.authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			read.setGroupId(group);
			read.setResource(Resources.PROCESS_INSTANCE);
			read.setResourceId(processInstanceId);
			read.addPermission(Permissions.READ);
			this.authorizationService.saveAuthorization(read);
		}
	}

}
