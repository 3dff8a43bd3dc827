package se.arshjul.plan;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * KF:s inriktningsmål, set centrally, e.g. "3" "Ett ekonomiskt hållbart Stockholm".
 *
 * @param number its number as written, e.g. "3"
 * @param title its wording
 * @param councilGoals KF:s mål för verksamhetsområdet under it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DirectionGoal(String number, String title, List<CouncilGoal> councilGoals) {

	public DirectionGoal {
		councilGoals = Lists.of(councilGoals);
	}

}
