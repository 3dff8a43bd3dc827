package se.arshjul.process;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import se.arshjul.document.DocumentService;
import se.arshjul.document.DocumentView;
import se.arshjul.system.FieldProblem;
import se.arshjul.system.NotFoundException;

/**
 * The document a lifecycle instance works on, and the facts about it that the process
 * keeps as variables (document id, Dnr, unit, förvaltning, type, year). Whoever may work
 * on a task can set process variables through it (Tasklist, {@code /engine-rest}), so
 * these are never taken on trust: the document must belong to this very process instance,
 * and the other facts must be the document's.
 */
final class ProcessFacts {

	static final String SET_BY_ARSHJUL = "Värdet sätts av Årshjul och kan inte ändras";

	private ProcessFacts() {
	}

	/**
	 * The document of this process instance.
	 * @throws FormFieldValidationException if the document id variable names no document
	 * or another process's document
	 */
	static DocumentView document(VariableScope scope, String processInstanceId, DocumentService documents) {
		DocumentView document;
		try {
			document = documents.find(UUID.fromString(String.valueOf(scope.getVariable(Lifecycle.DOCUMENT_ID))));
		}
		catch (IllegalArgumentException | NotFoundException ex) {
			throw refused(Lifecycle.DOCUMENT_ID);
		}
		// the lifecycle's first task opens while the document is being created, before it
		// knows its process; no other document is ever without one
		if (document.processInstanceId() != null && !document.processInstanceId().equals(processInstanceId)) {
			throw refused(Lifecycle.DOCUMENT_ID);
		}
		return document;
	}

	/** The variables that no longer say what the document says, each named. */
	static List<FieldProblem> changed(VariableScope scope, DocumentView document) {
		Map<String, Object> facts = Map.of(Lifecycle.DNR, document.dnr(), Lifecycle.ADMINISTRATION_ID,
				document.administrationId(), Lifecycle.UNIT_ID, document.unitId(), Lifecycle.UNIT_NAME,
				document.unitName(), Lifecycle.DOCUMENT_TYPE, document.type().name(), Lifecycle.YEAR, document.year());
		List<FieldProblem> problems = new ArrayList<>();
		facts.forEach((name, value) -> {
			// compared as text: a caller may pass the year as a Long
			if (!String.valueOf(value).equals(String.valueOf(scope.getVariable(name)))) {
				problems.add(new FieldProblem(name, SET_BY_ARSHJUL));
			}
		});
		problems.sort(Comparator.comparing(FieldProblem::field));
		return problems;
	}

	private static FormFieldValidationException refused(String field) {
		return new FormFieldValidationException(field, field + ": " + SET_BY_ARSHJUL);
	}

}
