package se.arshjul.system;

import java.util.Map;

/**
 * The request clashes with what already exists (409). It may carry more for the user,
 * e.g. what changed since they read the document, as properties of the problem detail.
 */
public class ConflictException extends RuntimeException {

	private final transient Map<String, Object> properties;

	public ConflictException(String message) {
		this(message, Map.of());
	}

	public ConflictException(String message, Map<String, Object> properties) {
		super(message);
		this.properties = Map.copyOf(properties);
	}

	public Map<String, Object> properties() {
		return this.properties;
	}

}
