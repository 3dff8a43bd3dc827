package se.arshjul.cascade;

import java.time.Instant;
import java.util.List;

import se.arshjul.plan.DirectionGoal;

/**
 * A förvaltning's centrally set levels for a year: KF:s inriktningsmål, KF:s mål with
 * their indicators (name, unit, KF:s årsmål, periodicitet; no unit årsmål) and the
 * nämndmål with förväntat resultat, description and activities; never any enhetsmål.
 *
 * @param administrationId the förvaltning
 * @param year the plan year
 * @param directionGoals the cascade
 * @param updatedAt when it was last saved
 * @param updatedBy who saved it last
 */
public record GoalCascade(String administrationId, int year, List<DirectionGoal> directionGoals, Instant updatedAt,
		String updatedBy) {

	public GoalCascade {
		directionGoals = (directionGoals != null) ? List.copyOf(directionGoals) : List.of();
	}

}
