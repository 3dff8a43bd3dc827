package se.arshjul.plan;

/**
 * The four documents of a unit's year, as far as their content is concerned. Mirrors
 * {@code se.arshjul.document.DocumentType} by name
 * ({@code DocumentKind.valueOf(type.name())}) so that this package does not depend on the
 * document package, which will store its content.
 */
public enum DocumentKind {

	/** Verksamhetsplan. */
	VP("Verksamhetsplan"),
	/** Tertialrapport 1, January–April. */
	T1("Tertialrapport 1"),
	/** Tertialrapport 2, January–August. */
	T2("Tertialrapport 2"),
	/** Verksamhetsberättelse, the whole year. */
	VB("Verksamhetsberättelse");

	private final String label;

	DocumentKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** T1, T2 and VB follow up an adopted VP. */
	public boolean followsUp() {
		return this != VP;
	}

}
