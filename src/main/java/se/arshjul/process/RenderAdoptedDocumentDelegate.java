package se.arshjul.process;

import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import se.arshjul.document.DocumentAdoption;

/**
 * Renders and seals the adopted tjänsteutlåtande. Runs as an asynchronous job: a failure
 * is retried and, at the end, becomes an incident in Cockpit.
 */
@Component("renderAdoptedDocument")
class RenderAdoptedDocumentDelegate implements JavaDelegate {

	private final DocumentAdoption adoption;

	private final RuntimeService runtimeService;

	RenderAdoptedDocumentDelegate(DocumentAdoption adoption, RuntimeService runtimeService) {
		this.adoption = adoption;
		this.runtimeService = runtimeService;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.adoption.renderAndAdopt(UUID.fromString((String) execution.getVariable(Lifecycle.DOCUMENT_ID)),
				TaskInputRules.parseDate(execution.getVariable(Lifecycle.MEETING_DATE)),
				(String) execution.getVariable(Lifecycle.PARAGRAPH),
				(String) execution.getVariable(Lifecycle.DECIDED_BY));
		// a unit's year that found this document already running waits for its adoption
		this.runtimeService.createMessageCorrelation(Cycles.MESSAGE_DOCUMENT_ADOPTED)
			.processInstanceBusinessKey(Cycles.unitYearKey((String) execution.getVariable(Lifecycle.UNIT_ID),
					execution.getVariable(Lifecycle.YEAR)))
			.correlateAll();
	}

}
