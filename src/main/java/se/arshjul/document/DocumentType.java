package se.arshjul.document;

/** The four documents a unit writes each year. */
public enum DocumentType {

	/** Verksamhetsplan: the coming year's plan. */
	VP("Verksamhetsplan"),
	/** Tertialrapport 1: January–April. */
	T1("Tertialrapport 1"),
	/** Tertialrapport 2: January–August. */
	T2("Tertialrapport 2"),
	/** Verksamhetsberättelse: the whole year. */
	VB("Verksamhetsberättelse");

	private final String label;

	DocumentType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The document's title, e.g. "Verksamhetsplan 2027 för Assistansenheten". */
	public String title(int year, String unitName) {
		return this.label + " " + year + " för " + unitName;
	}

}
