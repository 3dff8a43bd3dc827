package se.arshjul.plan;

import java.util.List;
import java.util.function.UnaryOperator;

/** Small plans for the validator's tests. */
final class Plans {

	private Plans() {
	}

	/**
	 * A VP with an introduction, the 2017 budget and these KF goals under one
	 * inriktningsmål.
	 */
	static PlanContent vp(CouncilGoal... councilGoals) {
		return new PlanContent(new Introduction("Verksamhetsidé", null, null, null),
				List.of(new DirectionGoal("4", "Ett demokratiskt hållbart Stockholm", List.of(councilGoals))), null,
				List.of(Assistansenheten2017.budget()), null, null, null, null);
	}

	static CouncilGoal councilGoal(String number, List<Indicator> indicators, BoardGoal... boardGoals) {
		return new CouncilGoal(number, "KF:s mål " + number, indicators, List.of(boardGoals));
	}

	static BoardGoal boardGoal(String title, List<Activity> activities, UnitGoal... unitGoals) {
		return new BoardGoal(title, "Förväntat resultat", null, activities, List.of(unitGoals));
	}

	static UnitGoal unitGoal(String title) {
		return new UnitGoal(title, "Förväntat resultat", "Arbetssätt", null, "Uppföljning", null);
	}

	/** The content with every nämndmål changed. */
	static PlanContent mapBoardGoals(PlanContent content, UnaryOperator<BoardGoal> change) {
		return content.withDirectionGoals(content.directionGoals()
			.stream()
			.map((direction) -> new DirectionGoal(direction.number(), direction.title(),
					direction.councilGoals()
						.stream()
						.map((council) -> new CouncilGoal(council.number(), council.title(), council.indicators(),
								council.boardGoals().stream().map(change).toList(), council.assessment()))
						.toList()))
			.toList());
	}

	/** The content with every KF goal's indicators changed. */
	static PlanContent mapIndicators(PlanContent content, UnaryOperator<Indicator> change) {
		return content.withDirectionGoals(content.directionGoals()
			.stream()
			.map((direction) -> new DirectionGoal(direction.number(), direction.title(), direction.councilGoals()
				.stream()
				.map((council) -> new CouncilGoal(council.number(), council.title(),
						council.indicators().stream().map(change).toList(), council.boardGoals(), council.assessment()))
				.toList()))
			.toList());
	}

	/** The content with every enhetsmål changed. */
	static PlanContent mapUnitGoals(PlanContent content, UnaryOperator<UnitGoal> change) {
		return mapBoardGoals(content, (goal) -> new BoardGoal(goal.title(), goal.expectedResult(), goal.description(),
				goal.activities(), goal.unitGoals().stream().map(change).toList(), goal.assessment()));
	}

}
