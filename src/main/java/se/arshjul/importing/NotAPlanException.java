package se.arshjul.importing;

/** The text is not a plan at all; the message says why, in Swedish. */
public class NotAPlanException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public NotAPlanException(String reason) {
		super(reason);
	}

}
