package se.arshjul.plan;

/** How often an indicator is followed up (Periodicitet). */
public enum Periodicity {

	/** Every tertial: in T1, T2 and VB. */
	TERTIAL("Tertial"),
	/** Once a year: in the VB. */
	YEAR("År");

	private final String label;

	Periodicity(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * The periodicity with this Swedish label ("Tertial", "År"), ignoring case and
	 * spaces; null if none.
	 */
	public static Periodicity ofLabel(String label) {
		for (Periodicity periodicity : values()) {
			if (label != null && periodicity.label.equalsIgnoreCase(label.strip())) {
				return periodicity;
			}
		}
		return null;
	}

}
