package se.arshjul.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Derives a follow-up (T1, T2, VB) from an adopted VP; see
 * {@link PlanContent#toFollowUp(DocumentKind)}.
 */
final class FollowUps {

	static final List<String> VB_COLUMNS = List.of("Utfall", "Budget", "Avvikelse");

	static final List<String> TERTIAL_COLUMNS = List.of("Utfall", "Budget", "Avvikelse", "Prognos");

	/** Where the VP's amounts go among the follow-up's columns. */
	private static final int BUDGET_COLUMN = 1;

	private FollowUps() {
	}

	static PlanContent derive(PlanContent plan, DocumentKind kind) {
		if (!kind.followsUp()) {
			throw new IllegalArgumentException("A follow-up is a T1, T2 or VB, not a " + kind);
		}
		List<String> columns = (kind == DocumentKind.VB) ? VB_COLUMNS : TERTIAL_COLUMNS;
		return new PlanContent(null, plan.directionGoals().stream().map(FollowUps::directionGoal).toList(), null,
				plan.budgets().stream().map((budget) -> budget(budget, columns)).toList(), null,
				plan.internalControl().stream().map(FollowUps::risk).toList(), null, null);
	}

	private static DirectionGoal directionGoal(DirectionGoal goal) {
		return new DirectionGoal(goal.number(), goal.title(),
				goal.councilGoals().stream().map(FollowUps::councilGoal).toList());
	}

	private static CouncilGoal councilGoal(CouncilGoal goal) {
		return new CouncilGoal(goal.number(), goal.title(),
				goal.indicators().stream().map((indicator) -> indicator.withOutcome(null)).toList(),
				goal.boardGoals().stream().map(FollowUps::boardGoal).toList());
	}

	private static BoardGoal boardGoal(BoardGoal goal) {
		return new BoardGoal(goal.title(), goal.expectedResult(), goal.description(),
				goal.activities().stream().map((activity) -> activity.withStatus(null, null)).toList(),
				goal.unitGoals().stream().map((unitGoal) -> unitGoal.withAssessment(null)).toList());
	}

	/**
	 * The plan's first column (its total, when it has several) becomes the follow-up's
	 * Budget column.
	 */
	private static Budget budget(Budget budget, List<String> columns) {
		List<BudgetRow> rows = budget.rows().stream().map((row) -> {
			List<BigDecimal> amounts = new ArrayList<>();
			columns.forEach((column) -> amounts.add(null));
			amounts.set(BUDGET_COLUMN, row.amountIn(0));
			return new BudgetRow(row.label(), row.kind(), amounts);
		}).toList();
		return new Budget(budget.title(), columns, rows);
	}

	private static Risk risk(Risk risk) {
		return new Risk(risk.risk(), risk.probability(), risk.consequence(), risk.control(), risk.responsible());
	}

}
