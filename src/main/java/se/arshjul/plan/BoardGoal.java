package se.arshjul.plan;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Nämndmål: the board's goal under a KF goal, set centrally, with the board's activities
 * and the unit's enhetsmål (in older plans åtaganden) that answer it.
 *
 * @param title its wording
 * @param expectedResult Förväntat resultat
 * @param description an optional description
 * @param activities Nämndens aktiviteter
 * @param unitGoals the unit's enhetsmål under it
 * @param assessment in a follow-up, optionally, how far it is met (not required: only
 * enhetsmål must be assessed)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BoardGoal(String title, String expectedResult, String description, List<Activity> activities,
		List<UnitGoal> unitGoals, Assessment assessment) {

	public BoardGoal {
		activities = Lists.of(activities);
		unitGoals = Lists.of(unitGoals);
	}

	public BoardGoal(String title, String expectedResult, String description, List<Activity> activities,
			List<UnitGoal> unitGoals) {
		this(title, expectedResult, description, activities, unitGoals, null);
	}

}
