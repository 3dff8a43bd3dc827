package se.arshjul.plan;

/** How far a goal is met; in T1 and T2 a forecast for the year. */
public enum GoalFulfilment {

	FULLY("Uppfylls helt"),

	PARTLY("Uppfylls delvis"),

	NOT("Uppfylls inte");

	private final String label;

	GoalFulfilment(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
