package se.arshjul.process;

import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;

import org.springframework.stereotype.Component;

import se.arshjul.cycle.CycleService;
import se.arshjul.organisation.OrganisationService;
import se.arshjul.organisation.OrganisationService.AdministrationInfo;
import se.arshjul.organisation.Role;
import se.arshjul.system.ConflictException;
import se.arshjul.system.FieldProblem;
import se.arshjul.system.ForbiddenException;
import se.arshjul.system.InvalidInputException;

/**
 * At the start of every {@code arshjul-cycle} instance, however it was started (the API,
 * the start form in Tasklist, the calendar): registers the cycle, which refuses a second
 * one for the same förvaltning and year and a starter who is not its förvaltning staff;
 * names the instance by its business key ({@code hagersten-liljeholmen-2027}); and lets
 * the förvaltning read it in Cockpit. A refusal is a form validation error: 400 naming
 * the problem on the engine REST API and in Tasklist.
 */
@Component("cycleStarted")
class CycleStartListener implements ExecutionListener {

	private final CycleService cycles;

	private final OrganisationService organisation;

	private final IdentityService identityService;

	private final InstanceGrants grants;

	CycleStartListener(CycleService cycles, OrganisationService organisation, IdentityService identityService,
			InstanceGrants grants) {
		this.cycles = cycles;
		this.organisation = organisation;
		this.identityService = identityService;
		this.grants = grants;
	}

	@Override
	public void notify(DelegateExecution execution) {
		String startedBy = (String) execution.getVariable(Cycles.STARTED_BY);
		if (startedBy == null) {
			Authentication user = this.identityService.getCurrentAuthentication();
			startedBy = (user == null) ? null : user.getUserId();
		}
		Object administrationId = execution.getVariable(Lifecycle.ADMINISTRATION_ID);
		if ((administrationId == null || administrationId.toString().isBlank()) && startedBy != null) {
			administrationId = this.cycles.administrationOf(startedBy);
		}
		Integer year = year(execution.getVariable(Lifecycle.YEAR));
		String id;
		try {
			id = this.cycles.register(administrationId == null ? null : administrationId.toString().strip(), year,
					execution.getProcessInstanceId(), startedBy);
		}
		catch (InvalidInputException ex) {
			throw new FormFieldValidationException(ex.problems().get(0).field(),
					ex.problems().stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
		}
		catch (ConflictException | ForbiddenException ex) {
			throw new FormFieldValidationException("administrationId", ex.getMessage());
		}
		String administration = administrationId.toString().strip();
		execution.setProcessBusinessKey(id);
		execution.setVariable(Lifecycle.ADMINISTRATION_ID, administration);
		execution.setVariable(Lifecycle.YEAR, year);
		// the calendar's cycle makes its documents in its own name
		execution.setVariable(Cycles.STARTED_BY, (startedBy != null) ? startedBy : CycleService.CALENDAR);
		execution.setVariable(Cycles.ADMINISTRATION_NAME,
				this.organisation.findAdministration(administration)
					.map(AdministrationInfo::name)
					.orElse(administration));
		this.grants.read(execution.getProcessInstanceId(), Role.FORVALTNING.groupId(administration),
				Role.NAMNDSEKRETERARE.groupId(administration));
	}

	private static Integer year(Object value) {
		if (value instanceof Number number) {
			return number.intValue();
		}
		if (value instanceof String text && text.strip().matches("\\d{1,4}")) {
			return Integer.valueOf(text.strip());
		}
		return null;
	}

}
