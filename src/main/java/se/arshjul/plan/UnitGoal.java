package se.arshjul.plan;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Enhetsmål (in plans before about 2015: Åtagande): the unit's own commitment under a
 * nämndmål.
 *
 * @param title its wording
 * @param expectedResult Förväntat resultat
 * @param workingMethods Arbetssätt
 * @param resources Resursanvändning
 * @param followUp Uppföljning
 * @param development Utveckling
 * @param assessment in a follow-up: how far it is met (in T1 and T2 a forecast for the
 * year)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UnitGoal(String title, String expectedResult, String workingMethods, String resources, String followUp,
		String development, Assessment assessment) {

	/** An enhetsmål as planned, not yet assessed. */
	public UnitGoal(String title, String expectedResult, String workingMethods, String resources, String followUp,
			String development) {
		this(title, expectedResult, workingMethods, resources, followUp, development, null);
	}

	public UnitGoal withAssessment(Assessment assessment) {
		return new UnitGoal(this.title, this.expectedResult, this.workingMethods, this.resources, this.followUp,
				this.development, assessment);
	}

}
