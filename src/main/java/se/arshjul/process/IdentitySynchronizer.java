package se.arshjul.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.arshjul.organisation.OrganisationService;
import se.arshjul.organisation.OrganisationService.PersonInfo;
import se.arshjul.organisation.RoleAssignment;

/**
 * Keeps the Camunda identity service in step with the organisation: every person a user,
 * every role in a scope a group (e.g. {@code handlaggare-assistansenheten}), every role
 * held a membership. New users get a password only in the demo profile; elsewhere an
 * administrator sets it in Camunda Admin.
 */
@Component
@Order(20)
class IdentitySynchronizer implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(IdentitySynchronizer.class);

	private final OrganisationService organisation;

	private final IdentityService identityService;

	private final TasklistAccess tasklistAccess;

	private final String demoPassword;

	IdentitySynchronizer(OrganisationService organisation, IdentityService identityService,
			TasklistAccess tasklistAccess, @Value("${arshjul.demo.password:}") String demoPassword) {
		this.organisation = organisation;
		this.identityService = identityService;
		this.tasklistAccess = tasklistAccess;
		this.demoPassword = demoPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (PersonInfo person : this.organisation.allPeople()) {
			syncUser(person);
			for (RoleAssignment role : person.roles()) {
				syncGroup(role);
				if (this.identityService.createUserQuery()
					.memberOfGroup(role.groupId())
					.userId(person.id())
					.count() == 0) {
					this.identityService.createMembership(person.id(), role.groupId());
				}
			}
		}
		this.tasklistAccess.ensureFilters();
	}

	private void syncUser(PersonInfo person) {
		User user = this.identityService.createUserQuery().userId(person.id()).singleResult();
		if (user == null) {
			user = this.identityService.newUser(person.id());
			if (!this.demoPassword.isBlank()) {
				user.setPassword(this.demoPassword);
			}
			logger.info("Skapar användaren {} i Camunda", person.id());
		}
		user.setFirstName(person.firstName());
		user.setLastName(person.lastName());
		user.setEmail(person.email());
		this.identityService.saveUser(user);
	}

	private void syncGroup(RoleAssignment role) {
		String groupId = role.groupId();
		Group group = this.identityService.createGroupQuery().groupId(groupId).singleResult();
		if (group == null) {
			group = this.identityService.newGroup(groupId);
			group.setName(groupName(role));
			group.setType("WORKFLOW");
			this.identityService.saveGroup(group);
			logger.info("Skapar gruppen {} i Camunda", groupId);
		}
		this.tasklistAccess.grantFor(role);
	}

	private String groupName(RoleAssignment role) {
		String scope = role.role().isUnitRole()
				? this.organisation.findUnit(role.scopeId())
					.map(OrganisationService.UnitInfo::name)
					.orElse(role.scopeId())
				: this.organisation.findAdministration(role.scopeId())
					.map(OrganisationService.AdministrationInfo::name)
					.orElse(role.scopeId());
		return role.role().label() + " – " + scope;
	}

}
