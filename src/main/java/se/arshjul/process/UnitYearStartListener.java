package se.arshjul.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import org.springframework.stereotype.Component;

import se.arshjul.organisation.OrganisationService;
import se.arshjul.organisation.OrganisationService.UnitInfo;
import se.arshjul.organisation.Role;

/**
 * At the start of a unit's year: the instance is named by the unit (variable
 * {@code unitName}) and its förvaltning may read it in Cockpit.
 */
@Component("unitYearStarted")
class UnitYearStartListener implements ExecutionListener {

	private final OrganisationService organisation;

	private final InstanceGrants grants;

	UnitYearStartListener(OrganisationService organisation, InstanceGrants grants) {
		this.organisation = organisation;
		this.grants = grants;
	}

	@Override
	public void notify(DelegateExecution execution) {
		String unitId = (String) execution.getVariable(Lifecycle.UNIT_ID);
		String administrationId = (String) execution.getVariable(Lifecycle.ADMINISTRATION_ID);
		execution.setVariable(Lifecycle.UNIT_NAME,
				this.organisation.findUnit(unitId).map(UnitInfo::name).orElse(unitId));
		execution.setVariable(Lifecycle.DOCUMENT_TYPE, "VP");
		this.grants.read(execution.getProcessInstanceId(), Role.FORVALTNING.groupId(administrationId),
				Role.NAMNDSEKRETERARE.groupId(administrationId));
	}

}
