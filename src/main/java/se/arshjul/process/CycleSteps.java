package se.arshjul.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.arshjul.document.DocumentService;
import se.arshjul.document.DocumentService.CycleDocument;
import se.arshjul.document.DocumentStatus;
import se.arshjul.document.DocumentType;
import se.arshjul.organisation.OrganisationService;
import se.arshjul.organisation.OrganisationService.UnitInfo;

/**
 * The steps of {@code arshjul-cycle} and {@code arshjul-unit-year}, called from their
 * BPMN as {@code ${cycleSteps.…}} (public: the expression language calls it).
 */
@Component("cycleSteps")
public class CycleSteps {

	private final OrganisationService organisation;

	private final DocumentService documents;

	private final int batchSize;

	CycleSteps(OrganisationService organisation, DocumentService documents,
			@Value("${arshjul.cycle.batch-size:50}") int batchSize) {
		this.organisation = organisation;
		this.documents = documents;
		this.batchSize = batchSize;
	}

	/**
	 * The förvaltning's active units in batches (each a comma-separated list of unit
	 * ids): each batch, and in it each unit, starts in its own job, so a förvaltning of
	 * 1,500 units never starts in one long transaction.
	 */
	public List<String> batches(DelegateExecution execution) {
		List<String> units = this.organisation.unitsOf((String) execution.getVariable(Lifecycle.ADMINISTRATION_ID))
			.stream()
			.filter(UnitInfo::active)
			.map(UnitInfo::id)
			.toList();
		List<String> batches = new ArrayList<>();
		for (int from = 0; from < units.size(); from += this.batchSize) {
			batches.add(String.join(",", units.subList(from, Math.min(units.size(), from + this.batchSize))));
		}
		return batches;
	}

	/** The unit ids of a batch. */
	public List<String> units(String batch) {
		return (batch == null || batch.isEmpty()) ? List.of() : Arrays.asList(batch.split(","));
	}

	/** A unit's documents of the year, in order. */
	public List<String> documentTypes() {
		return Arrays.stream(DocumentType.values()).map(DocumentType::name).toList();
	}

	/**
	 * Registers the unit's document of the type (a follow-up from the adopted VP) unless
	 * it exists, and tells the flow whether to run its lifecycle ({@code NEW}), to wait
	 * for the lifecycle it already has ({@code RUNNING}), or to go on ({@code DONE}:
	 * adopted or cancelled).
	 */
	public void createDocument(DelegateExecution execution, String type) {
		String unitId = (String) execution.getVariable(Lifecycle.UNIT_ID);
		int year = ((Number) execution.getVariable(Lifecycle.YEAR)).intValue();
		CycleDocument document = this.documents.documentForCycle(unitId, year, DocumentType.valueOf(type),
				(String) execution.getVariable(Cycles.STARTED_BY));
		execution.setVariableLocal(Lifecycle.DOCUMENT_ID, document.id().toString());
		execution.setVariableLocal(Lifecycle.DNR, document.dnr());
		execution.setVariableLocal(Lifecycle.DOCUMENT_TITLE, document.title());
		execution.setVariableLocal(Cycles.DOCUMENT_STATE,
				document.created() ? "NEW"
						: (document.status() == DocumentStatus.ADOPTED || document.status() == DocumentStatus.CANCELLED)
								? "DONE" : "RUNNING");
		// what Cockpit shows for the unit's year: the document it is at
		execution.getProcessInstance().setVariable(Lifecycle.DOCUMENT_TYPE, type);
		execution.getProcessInstance().setVariable(Lifecycle.UNIT_NAME, document.unitName());
	}

	/**
	 * The unit was closed: its documents of the year that are not adopted are cancelled.
	 */
	public void closeUnit(DelegateExecution execution) {
		String unitId = (String) execution.getVariable(Lifecycle.UNIT_ID);
		int year = ((Number) execution.getVariable(Lifecycle.YEAR)).intValue();
		String reason = "Enheten avvecklades: " + execution.getVariable(Cycles.CLOSED_REASON);
		this.documents.cancelOpenDocuments(unitId, year, reason);
	}

}
