package se.arshjul.system;

/** Nothing with that id, or nothing the user may see: answered 404 either way. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
