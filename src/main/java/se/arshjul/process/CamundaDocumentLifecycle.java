package se.arshjul.process;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;

import org.springframework.stereotype.Component;

import se.arshjul.document.DocumentLifecycle;

/**
 * Starts {@code document-lifecycle} with the Dnr as business key and the few variables it
 * needs; {@link LifecycleStartListener} does what every start of it needs, whether from
 * here or from the yearly cycle.
 */
@Component
class CamundaDocumentLifecycle implements DocumentLifecycle {

	private final RuntimeService runtimeService;

	CamundaDocumentLifecycle(RuntimeService runtimeService) {
		this.runtimeService = runtimeService;
	}

	@Override
	public String start(LifecycleStart start) {
		return this.runtimeService.startProcessInstanceByKey(Lifecycle.PROCESS_KEY, start.dnr(),
				Map.of(Lifecycle.DOCUMENT_ID, start.documentId().toString(), Lifecycle.DNR, start.dnr(),
						Lifecycle.ADMINISTRATION_ID, start.administrationId(), Lifecycle.UNIT_ID, start.unitId(),
						Lifecycle.UNIT_NAME, start.unitName(), Lifecycle.DOCUMENT_TYPE, start.type().name(),
						Lifecycle.YEAR, start.year(), Lifecycle.DOCUMENT_TITLE, start.title()))
			.getId();
	}

}
