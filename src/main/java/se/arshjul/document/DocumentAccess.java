package se.arshjul.document;

import org.springframework.stereotype.Component;

import se.arshjul.organisation.OrganisationService;
import se.arshjul.organisation.OrganisationService.PersonInfo;
import se.arshjul.organisation.Role;

/**
 * Who may see and create which documents. Drafts stay within the unit, the förvaltning's
 * staff, the board's secretary and the administrators; adopted documents are public
 * records, but not the drafts they were made from (their versions) nor how they came
 * about (their history).
 */
@Component
class DocumentAccess {

	private final OrganisationService organisation;

	DocumentAccess(OrganisationService organisation) {
		this.organisation = organisation;
	}

	boolean mayRead(String userId, PlanDocument document) {
		return document.isAdopted() || mayReadDrafts(userId, document);
	}

	/** The document as a draft, its versions and its history, whatever its status. */
	boolean mayReadDrafts(String userId, PlanDocument document) {
		return this.organisation.findPerson(userId)
			.map((p) -> isUnitMember(p, document.getUnitId())
					|| isAdministrationStaff(p, document.getAdministrationId()) || p.isAdmin())
			.orElse(false);
	}

	/**
	 * Drafts are written by the unit: its handläggare and enhetschef (and
	 * administrators).
	 */
	boolean mayEdit(String userId, PlanDocument document) {
		return mayCreate(userId, document.getUnitId());
	}

	boolean mayCreate(String userId, String unitId) {
		return this.organisation.findPerson(userId).map((p) -> isUnitMember(p, unitId) || p.isAdmin()).orElse(false);
	}

	private static boolean isUnitMember(PersonInfo person, String unitId) {
		return person.holds(Role.HANDLAGGARE, unitId) || person.holds(Role.ENHETSCHEF, unitId);
	}

	private static boolean isAdministrationStaff(PersonInfo person, String administrationId) {
		return person.holds(Role.FORVALTNING, administrationId)
				|| person.holds(Role.NAMNDSEKRETERARE, administrationId);
	}

}
