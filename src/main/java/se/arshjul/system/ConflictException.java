package se.arshjul.system;

/** The request clashes with what already exists (409). */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
