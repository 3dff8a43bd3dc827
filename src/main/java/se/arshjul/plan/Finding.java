package se.arshjul.plan;

/**
 * One problem the validator found.
 *
 * @param path where it is in the content, e.g.
 * {@code directionGoals[0].councilGoals[1].boardGoals[0].unitGoals[2].title} or
 * {@code budgets[0].rows[11].amounts[0]}
 * @param message what is wrong, in plain Swedish, naming the thing
 */
public record Finding(String path, String message) {

	@Override
	public String toString() {
		return this.path + ": " + this.message;
	}

}
