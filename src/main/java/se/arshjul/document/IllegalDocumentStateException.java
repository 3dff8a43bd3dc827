package se.arshjul.document;

import se.arshjul.system.ConflictException;

/**
 * A change that the document's current state does not allow, e.g. editing an adopted
 * document.
 */
public class IllegalDocumentStateException extends ConflictException {

	public IllegalDocumentStateException(String message) {
		super(message);
	}

}
