package se.arshjul.document;

/** Where a document is in its lifecycle; each user task of the lifecycle has one. */
public enum DocumentStatus {

	DRAFT("Utkast"), APT_DISCUSSION("Diskuteras på arbetsplatsträff"), SIGN_OFF("Hos enhetschefen"),
	REVIEW("Granskas av förvaltningen"), BOARD_DECISION("Hos nämnden"),
	RENDERING("Fastställd, tjänsteutlåtandet skapas"), ADOPTED("Fastställd"),

	/** The unit was closed before the document was adopted; its work was cancelled. */
	CANCELLED("Avbruten");

	private final String label;

	DocumentStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
