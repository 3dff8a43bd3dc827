package se.arshjul.process;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import se.arshjul.document.DocumentAdoption;
import se.arshjul.document.DocumentService;
import se.arshjul.document.DocumentView;

/**
 * Renders and seals the adopted tjänsteutlåtande. Runs as an asynchronous job: a failure
 * is retried and, at the end, becomes an incident in Cockpit.
 */
@Component("renderAdoptedDocument")
class RenderAdoptedDocumentDelegate implements JavaDelegate {

	private final DocumentAdoption adoption;

	private final DocumentService documents;

	private final RuntimeService runtimeService;

	RenderAdoptedDocumentDelegate(DocumentAdoption adoption, DocumentService documents, RuntimeService runtimeService) {
		this.adoption = adoption;
		this.documents = documents;
		this.runtimeService = runtimeService;
	}

	@Override
	public void execute(DelegateExecution execution) {
		DocumentView document = ProcessFacts.document(execution, execution.getProcessInstanceId(), this.documents);
		this.adoption.renderAndAdopt(document.id(),
				TaskInputRules.parseDate(execution.getVariable(Lifecycle.MEETING_DATE)),
				(String) execution.getVariable(Lifecycle.PARAGRAPH),
				(String) execution.getVariable(Lifecycle.DECIDED_BY));
		// a unit's year that found this document already running waits for its adoption
		this.runtimeService.createMessageCorrelation(Cycles.MESSAGE_DOCUMENT_ADOPTED)
			.processInstanceBusinessKey(Cycles.unitYearKey(document.unitId(), document.year()))
			.correlateAll();
	}

}
