package se.arshjul.cascade;

import org.springframework.stereotype.Component;

import se.arshjul.organisation.OrganisationService;
import se.arshjul.organisation.OrganisationService.PersonInfo;
import se.arshjul.organisation.Role;

/**
 * Who may see and set a förvaltning's cascade. Everyone working in the förvaltning reads
 * it (the staff of its units, its förvaltning staff and nämndsekreterare,
 * administrators); only its förvaltning staff and administrators set it.
 */
@Component
class CascadeAccess {

	private final OrganisationService organisation;

	CascadeAccess(OrganisationService organisation) {
		this.organisation = organisation;
	}

	boolean mayRead(String userId, String administrationId) {
		return this.organisation.findPerson(userId)
			.map((p) -> mayEdit(p, administrationId) || p.holds(Role.NAMNDSEKRETERARE, administrationId)
					|| worksInUnitOf(p, administrationId))
			.orElse(false);
	}

	boolean mayEdit(String userId, String administrationId) {
		return this.organisation.findPerson(userId).map((p) -> mayEdit(p, administrationId)).orElse(false);
	}

	private static boolean mayEdit(PersonInfo person, String administrationId) {
		return person.holds(Role.FORVALTNING, administrationId) || person.isAdmin();
	}

	private boolean worksInUnitOf(PersonInfo person, String administrationId) {
		return this.organisation.unitsOf(administrationId)
			.stream()
			.anyMatch((u) -> person.holds(Role.HANDLAGGARE, u.id()) || person.holds(Role.ENHETSCHEF, u.id()));
	}

}
