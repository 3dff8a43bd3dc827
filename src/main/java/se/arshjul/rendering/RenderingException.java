package se.arshjul.rendering;

/** A tjänsteutlåtande could not be rendered. Never swallowed: it fails the render job. */
public class RenderingException extends RuntimeException {

	public RenderingException(String message, Throwable cause) {
		super(message, cause);
	}

}
