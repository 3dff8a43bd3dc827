package se.arshjul.document;

import java.util.UUID;

/** Starts a document's lifecycle process; implemented by the process package. */
public interface DocumentLifecycle {

	/**
	 * Starts the lifecycle with the Dnr as business key.
	 * @return the process instance id
	 */
	String start(LifecycleStart start);

	/** What the lifecycle needs to know of a new document. */
	record LifecycleStart(UUID documentId, String dnr, String administrationId, String unitId, String unitName,
			DocumentType type, int year, String title) {
	}

}
