package se.arshjul.importing;

import java.util.List;

import se.arshjul.plan.BoardGoal;
import se.arshjul.plan.CouncilGoal;
import se.arshjul.plan.DirectionGoal;
import se.arshjul.plan.PlanContent;
import se.arshjul.plan.UnitGoal;

/**
 * The structure of a plan without its running text: the goal cascade with numbers,
 * titles, indicators and activities, enhetsmål by title; for comparing two imports of the
 * same plan whose paragraphs differ in wording or line breaks.
 */
final class Structure {

	private Structure() {
	}

	static List<DirectionGoal> goals(PlanContent plan) {
		return plan.directionGoals()
			.stream()
			.map((direction) -> new DirectionGoal(direction.number(), direction.title(),
					direction.councilGoals().stream().map(Structure::council).toList()))
			.toList();
	}

	private static CouncilGoal council(CouncilGoal council) {
		return new CouncilGoal(council.number(), council.title(), council.indicators(),
				council.boardGoals().stream().map(Structure::board).toList());
	}

	private static BoardGoal board(BoardGoal board) {
		return new BoardGoal(board.title(), null, null, board.activities(),
				board.unitGoals()
					.stream()
					.map((unit) -> new UnitGoal(unit.title(), null, null, null, null, null))
					.toList());
	}

}
