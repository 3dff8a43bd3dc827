package se.arshjul.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The real 2017 plan of Assistansenheten fits the model and passes validation as it was
 * adopted.
 */
class Assistansenheten2017Test {

	private final PlanContent vp = Assistansenheten2017.vp();

	@Test
	void validatesWithoutErrorsOrWarnings() {
		ValidationResult result = PlanValidator.validate(DocumentKind.VP, this.vp);

		assertThat(result.errors()).isEmpty();
		assertThat(result.warnings()).as("every nämndmål answered, every indicator and enhetsmål complete").isEmpty();
		assertThat(result.hasErrors()).isFalse();
	}

	@Test
	void holdsTheCascadeOfTheSeed() {
		assertThat(this.vp.directionGoals()).extracting(DirectionGoal::number).containsExactly("2", "3", "4");
		assertThat(councilGoals()).extracting(CouncilGoal::number)
			.containsExactly("2.1", "3.5", "4.1", "4.2", "4.3", "4.4", "4.5", "4.6");
		assertThat(councilGoals().stream().flatMap((goal) -> goal.boardGoals().stream()))
			.flatExtracting(BoardGoal::unitGoals)
			.hasSize(9);
		CouncilGoal arbetsgivare = councilGoals().get(3);
		assertThat(arbetsgivare.indicators())
			.extracting(Indicator::name, Indicator::unitTarget, Indicator::councilTarget, Indicator::periodicity)
			.containsExactly(tuple("Sjukfrånvaro", "7 %", "tas fram av nämnden", Periodicity.TERTIAL),
					tuple("Sjukfrånvaro dag 1-14", "2,5 %", "tas fram av nämnden", Periodicity.TERTIAL));
		assertThat(arbetsgivare.boardGoals().get(0).activities()).extracting(Activity::startDate, Activity::endDate)
			.containsExactly(tuple(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)),
					tuple(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)),
					tuple(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 8, 31)),
					tuple(LocalDate.of(2014, 1, 1), LocalDate.of(2017, 12, 31)));
	}

	@Test
	void balancesTheBudgetAtZeroNetto() {
		Budget budget = this.vp.budgets().get(0);

		assertThat(budget.columns()).containsExactly("Budget");
		assertThat(amount(budget, RowKind.SUM_INCOME)).isEqualByComparingTo("21457");
		assertThat(amount(budget, RowKind.SUM_COST)).isEqualByComparingTo("21457");
		assertThat(amount(budget, RowKind.NET)).isEqualByComparingTo("0");
	}

	private List<CouncilGoal> councilGoals() {
		return this.vp.directionGoals().stream().flatMap((goal) -> goal.councilGoals().stream()).toList();
	}

	private static BigDecimal amount(Budget budget, RowKind kind) {
		return budget.rows().stream().filter((row) -> row.kind() == kind).findFirst().orElseThrow().amountIn(0);
	}

}
