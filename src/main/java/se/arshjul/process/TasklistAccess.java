package se.arshjul.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

import org.springframework.stereotype.Component;

import se.arshjul.organisation.Role;
import se.arshjul.organisation.RoleAssignment;

/**
 * What each role may open in the Camunda webapps, and the shared Tasklist filters. Tasks
 * themselves are authorised by Camunda when a task gets its candidate group.
 */
@Component
class TasklistAccess {

	private final AuthorizationService authorizationService;

	private final FilterService filterService;

	private final TaskService taskService;

	TasklistAccess(AuthorizationService authorizationService, FilterService filterService, TaskService taskService) {
		this.authorizationService = authorizationService;
		this.filterService = filterService;
		this.taskService = taskService;
	}

	void grantFor(RoleAssignment role) {
		String group = role.groupId();
		if (role.role() == Role.ADMIN) {
			for (Resources resource : Resources.values()) {
				grant(group, resource, Authorization.ANY, Permissions.ALL);
			}
			return;
		}
		grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		grant(group, Resources.PROCESS_DEFINITION, Lifecycle.PROCESS_KEY, Permissions.READ);
		if (role.role() == Role.FORVALTNING) {
			// Cockpit, read-only: the process definitions, and the instances of their own
			// förvaltning, which each instance grants as it starts (InstanceGrants)
			grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
			restrictTo(group, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
			// the yearly cycle is started from Tasklist's "Starta process" (or the API)
			grant(group, Resources.PROCESS_DEFINITION, Cycles.CYCLE_PROCESS_KEY, Permissions.READ,
					Permissions.CREATE_INSTANCE);
			grant(group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
		}
	}

	void ensureFilters() {
		filter("Mina uppgifter", "Uppgifter som är tilldelade mig", -10,
				this.taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
		filter("Min grupps uppgifter", "Uppgifter som väntar på någon i mina grupper", 0,
				this.taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
		filter("Försenade", "Uppgifter vars förfallodag har passerat", 10,
				this.taskService.createTaskQuery().dueBeforeExpression("${now()}"));
	}

	private void filter(String name, String description, int priority, TaskQuery query) {
		if (this.filterService.createFilterQuery().filterName(name).count() > 0) {
			return;
		}
		Map<String, Object> properties = new HashMap<>();
		properties.put("description", description);
		properties.put("priority", priority);
		properties.put("refresh", true);
		properties.put("variables", List.of(Map.of("name", Lifecycle.UNIT_NAME, "label", "Enhet"),
				Map.of("name", Lifecycle.DOCUMENT_TITLE, "label", "Dokument")));
		Filter filter = this.filterService.newTaskFilter(name).setQuery(query).setProperties(properties);
		this.filterService.saveFilter(filter);
		Authorization everyone = this.authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
		everyone.setResource(Resources.FILTER);
		everyone.setResourceId(filter.getId());
		everyone.addPermission(Permissions.READ);
		this.authorizationService.saveAuthorization(everyone);
	}

	/**
	 * Grants exactly these permissions, taking back any other an earlier version granted
	 * (before the cycle, förvaltning staff could read every instance of every
	 * definition).
	 */
	private void restrictTo(String groupId, Resource resource, String resourceId, Permission... permissions) {
		Authorization existing = this.authorizationService.createAuthorizationQuery()
			.groupIdIn(groupId)
			.resourceType(resource)
			.resourceId(resourceId)
			.singleResult();
		if (existing != null && existing.getPermissions(Permissions.values()).length != permissions.length) {
			this.authorizationService.deleteAuthorization(existing.getId());
		}
		grant(groupId, resource, resourceId, permissions);
	}

	private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
		Authorization existing = this.authorizationService.createAuthorizationQuery()
			.groupIdIn(groupId)
			.resourceType(resource)
			.resourceId(resourceId)
			.singleResult();
		Authorization authorization = existing != null ? existing
				: this.authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		if (existing == null) {
			authorization.setGroupId(groupId);
			authorization.setResource(resource);
			authorization.setResourceId(resourceId);
		}
		boolean changed = existing == null;
		for (Permission permission : permissions) {
			if (!authorization.isPermissionGranted(permission)) {
				authorization.addPermission(permission);
				changed = true;
			}
		}
		if (changed) {
			this.authorizationService.saveAuthorization(authorization);
		}
	}

}
