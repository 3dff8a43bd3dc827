package se.arshjul.system;

/** A body that cannot be read at all, e.g. text that is not UTF-8 (400). */
public class UnreadableInputException extends RuntimeException {

	public UnreadableInputException(String message) {
		super(message);
	}

}
