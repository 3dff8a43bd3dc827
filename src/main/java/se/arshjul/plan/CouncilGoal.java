package se.arshjul.plan;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * KF:s mål för verksamhetsområdet, set centrally, e.g. "3.5" "Stockholms stads ekonomi är
 * långsiktigt hållbar", with its indicators and the nämndmål that answer it.
 *
 * @param number its number as written, e.g. "3.5"
 * @param title its wording
 * @param indicators its indicators, each with the unit's and KF:s årsmål
 * @param boardGoals the nämndmål under it
 * @param assessment in a follow-up, optionally, how far it is met (not required: only
 * enhetsmål must be assessed)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CouncilGoal(String number, String title, List<Indicator> indicators, List<BoardGoal> boardGoals,
		Assessment assessment) {

	public CouncilGoal {
		indicators = Lists.of(indicators);
		boardGoals = Lists.of(boardGoals);
	}

	public CouncilGoal(String number, String title, List<Indicator> indicators, List<BoardGoal> boardGoals) {
		this(number, title, indicators, boardGoals, null);
	}

}
