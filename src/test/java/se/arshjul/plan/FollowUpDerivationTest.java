package se.arshjul.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * T1, T2 and VB start from the adopted VP: the same goals, indicators and activities,
 * outcomes empty.
 */
class FollowUpDerivationTest {

	private final PlanContent vp = Assistansenheten2017.vp();

	@Test
	void aTertialReportKeepsTheCascadeWithEmptyOutcomes() {
		PlanContent t1 = this.vp.toFollowUp(DocumentKind.T1);

		assertThat(t1.directionGoals()).extracting(DirectionGoal::number, DirectionGoal::title)
			.containsExactlyElementsOf(
					this.vp.directionGoals().stream().map((goal) -> tuple(goal.number(), goal.title())).toList());
		assertThat(all(t1, CouncilGoal::indicators))
			.extracting(Indicator::name, Indicator::unitTarget, Indicator::councilTarget, Indicator::periodicity,
					Indicator::outcome)
			.contains(tuple("Sjukfrånvaro", "7 %", "tas fram av nämnden", Periodicity.TERTIAL, null))
			.hasSize(7);
		assertThat(all(t1, CouncilGoal::indicators)).containsExactlyElementsOf(all(this.vp, CouncilGoal::indicators));
		assertThat(allBoardGoals(t1)).as("activities and enhetsmål as planned").isEqualTo(allBoardGoals(this.vp));
		assertThat(allBoardGoals(t1).stream().flatMap((goal) -> goal.unitGoals().stream()))
			.allSatisfy((goal) -> assertThat(goal.assessment()).isNull());
		assertThat(allBoardGoals(t1).get(3).activities()).extracting(Activity::endDate, Activity::status)
			.containsExactly(tuple(LocalDate.of(2017, 12, 31), null), tuple(LocalDate.of(2017, 12, 31), null),
					tuple(LocalDate.of(2017, 8, 31), null), tuple(LocalDate.of(2017, 12, 31), null));
		assertThat(t1.introduction()).isEqualTo(Introduction.empty());
		assertThat(t1.otherMatters()).isNull();
		assertThat(t1.resourceUse()).isNull();
	}

	@Test
	void aTertialReportLaysOutTheBudgetWithPrognos() {
		Budget budget = this.vp.toFollowUp(DocumentKind.T2).budgets().get(0);

		assertThat(budget.title()).isEqualTo("Budget 2017");
		assertThat(budget.columns()).containsExactly("Utfall", "Budget", "Avvikelse", "Prognos");
		assertThat(budget.rows().get(2).amounts()).containsExactly(null, BigDecimal.valueOf(16_966), null, null);
	}

	@Test
	void aVerksamhetsberattelseHasItsBudgetColumnFilledFromThePlan() {
		Budget planned = this.vp.budgets().get(0);
		Budget budget = this.vp.toFollowUp(DocumentKind.VB).budgets().get(0);

		assertThat(budget.columns()).containsExactly("Utfall", "Budget", "Avvikelse");
		assertThat(budget.rows()).extracting(BudgetRow::label, BudgetRow::kind)
			.containsExactlyElementsOf(planned.rows().stream().map((row) -> tuple(row.label(), row.kind())).toList());
		assertThat(budget.rows()).extracting((row) -> row.amountIn(1))
			.containsExactlyElementsOf(planned.rows().stream().map((row) -> row.amountIn(0)).toList());
		assertThat(budget.rows()).allSatisfy((row) -> {
			assertThat(row.amountIn(0)).as("Utfall").isNull();
			assertThat(row.amountIn(2)).as("Avvikelse").isNull();
		});
		assertThat(budget.rows().get(11).amounts()).containsExactly(null, BigDecimal.valueOf(21_457), null);
	}

	@Test
	void takesTheTotalOfABudgetWithSeveralColumns() {
		Budget costCentres = new Budget("Budget 2027", List.of("Totalt", "Kst 1", "Kst 2"),
				List.of(BudgetRow.of("Bidrag", RowKind.INCOME, 300, 100, 200)));

		Budget budget = this.vp.withBudgets(List.of(costCentres)).toFollowUp(DocumentKind.VB).budgets().get(0);

		assertThat(budget.rows().get(0).amounts()).containsExactly(null, BigDecimal.valueOf(300), null);
	}

	@Test
	void emptiesWhatAnEarlierFollowUpFilledIn() {
		PlanContent filled = Plans.mapUnitGoals(this.vp,
				(goal) -> goal.withAssessment(new Assessment(GoalFulfilment.FULLY, "Klart")));
		filled = Plans.mapIndicators(filled, (indicator) -> indicator.withOutcome(Outcome.of("5 %")));
		filled = Plans.mapBoardGoals(filled,
				(goal) -> new BoardGoal(goal.title(), goal.expectedResult(), goal.description(),
						goal.activities().stream().map((a) -> a.withStatus(ActivityStatus.DONE, "✓")).toList(),
						goal.unitGoals(), new Assessment(GoalFulfilment.PARTLY, null)));
		filled = filled.withInternalControl(
				List.of(new Risk("Felaktiga utbetalningar", 2, 4, "Stickprov", "Enhetschef", "Inga avvikelser")));

		PlanContent vb = filled.toFollowUp(DocumentKind.VB);

		assertThat(vb.directionGoals()).isEqualTo(this.vp.toFollowUp(DocumentKind.VB).directionGoals());
		assertThat(vb.internalControl())
			.containsExactly(new Risk("Felaktiga utbetalningar", 2, 4, "Stickprov", "Enhetschef"));
	}

	@Test
	void validatesOnceEveryEnhetsmalIsAssessedAndEveryIndicatorAnswered() {
		PlanContent vb = this.vp.toFollowUp(DocumentKind.VB);
		assertThat(PlanValidator.validate(DocumentKind.VB, vb).errors()).as("9 enhetsmål, 7 indicators").hasSize(16);

		vb = Plans.mapUnitGoals(vb, (goal) -> goal.withAssessment(new Assessment(GoalFulfilment.FULLY, "Analys")));
		vb = Plans.mapIndicators(vb, (indicator) -> indicator.withOutcome(Outcome.of("7 %")));

		ValidationResult result = PlanValidator.validate(DocumentKind.VB, vb);
		assertThat(result.errors()).isEmpty();
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void onlyFollowUpsAreDerived() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.vp.toFollowUp(DocumentKind.VP));
	}

	private static List<BoardGoal> allBoardGoals(PlanContent content) {
		return all(content, CouncilGoal::boardGoals);
	}

	private static <T> List<T> all(PlanContent content, Function<CouncilGoal, List<T>> part) {
		return content.directionGoals()
			.stream()
			.flatMap((goal) -> goal.councilGoals().stream())
			.flatMap((goal) -> part.apply(goal).stream())
			.toList();
	}

}
