package se.arshjul.system;

/** A body that cannot be read at all, e.g. text that is not UTF-8 (400). */
public class UnreadableInputException extends RuntimeException {

	private final String field;

	/**
	 * @param field what the body is to the user, e.g. "text" for an imported plan
	 * @param message what is wrong with it
	 */
	public UnreadableInputException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
