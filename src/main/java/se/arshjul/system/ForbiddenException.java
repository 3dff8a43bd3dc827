package se.arshjul.system;

/** The user is known but their role or unit does not allow this (403). */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}

}
