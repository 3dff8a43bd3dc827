package se.arshjul.plan;

/** Where an activity stands in a follow-up: done (✓) or a deviation to be explained. */
public enum ActivityStatus {

	DONE("Genomförd"),

	DEVIATION("Avvikelse");

	private final String label;

	ActivityStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
