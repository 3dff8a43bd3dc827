package se.arshjul.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Sums and netto against the rows, per amount column, with 1 TKr of rounding per row
 * summed.
 */
class BudgetValidationTest {

	private static final int SUM_INCOME = 5;

	private static final int SUM_COST = 11;

	private static final int NET = 12;

	@Test
	void aSumThatDiffersFromItsRowsIsAnError() {
		ValidationResult result = validate(withCell(Assistansenheten2017.budget(), SUM_COST, 0, 21_400));

		assertThat(result.errors()).containsExactly(new Finding("budgets[0].rows[11].amounts[0]",
				"Summa kostnader i kolumnen Budget är 21 400 men raderna ger 21 457 (skillnad 57 TKr)"));
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void summaIntakterIsCheckedLikewise() {
		ValidationResult result = validate(withCell(Assistansenheten2017.budget(), SUM_INCOME, 0, 21_000));

		assertThat(result.errors()).containsExactly(new Finding("budgets[0].rows[5].amounts[0]",
				"Summa intäkter i kolumnen Budget är 21 000 men raderna ger 21 457 (skillnad 457 TKr)"));
	}

	@Test
	void nettoIsCostsMinusIncomeWhenIncomeIsWrittenPositive() {
		ValidationResult result = validate(withCell(Assistansenheten2017.budget(), NET, 0, 57));

		assertThat(result.errors()).containsExactly(new Finding("budgets[0].rows[12].amounts[0]",
				"Summa netto i kolumnen Budget är 57 men kostnader minus intäkter ger 0 (skillnad 57 TKr)"));
	}

	@Test
	void nettoIsTheSignedTotalWhenIncomeIsWrittenNegative() {
		Budget negativeIncome = new Budget("Budget 2017", List.of("Budget"),
				List.of(BudgetRow.of("Bidrag", RowKind.INCOME, -16_966),
						BudgetRow.of("Försäljning av verksamhet", RowKind.INCOME, -4_491),
						BudgetRow.of("Summa intäkter", RowKind.SUM_INCOME, -21_457),
						BudgetRow.of("Personalkostnader", RowKind.COST, 20_709),
						BudgetRow.of("Övriga kostnader", RowKind.COST, 748),
						BudgetRow.of("Summa kostnader", RowKind.SUM_COST, 21_457),
						BudgetRow.of("Summa netto", RowKind.NET, 0)));

		assertThat(findings(validate(negativeIncome))).isEmpty();
		assertThat(validate(withCell(negativeIncome, 6, 0, 42_914)).errors())
			.containsExactly(new Finding("budgets[0].rows[6].amounts[0]", "Summa netto i kolumnen Budget är 42 914 men "
					+ "summan av raderna, med intäkterna som negativa belopp, ger 0 (skillnad 42 914 TKr)"));
	}

	@Test
	void aRoundingDifferenceWithinOneTkrPerRowIsAWarning() {
		Budget budget = Assistansenheten2017.budget();

		ValidationResult twoOff = validate(withCell(budget, SUM_COST, 0, 21_459));
		assertThat(twoOff.errors()).isEmpty();
		assertThat(twoOff.warnings()).containsExactly(new Finding("budgets[0].rows[11].amounts[0]",
				"Summa kostnader i kolumnen Budget är 21 459 men raderna ger 21 457 (avrundningsskillnad 2 TKr)"));
		assertThat(validate(withCell(budget, SUM_COST, 0, 21_462)).errors()).as("5 cost rows: 5 TKr").isEmpty();
		assertThat(validate(withCell(budget, SUM_COST, 0, 21_463)).errors()).hasSize(1);
		assertThat(validate(withCell(budget, NET, 0, -10)).warnings()).as("10 rows into netto")
			.containsExactly(new Finding("budgets[0].rows[12].amounts[0]",
					"Summa netto i kolumnen Budget är -10 men kostnader minus intäkter ger 0 (avrundningsskillnad 10 TKr)"));
	}

	@Test
	void onlyFilledRowsCountTowardsTheTolerance() {
		Budget budget = withCell(withCell(Budget.standard("Budget 2027", List.of("Budget")), 2, 0, 100), 6, 0, 98);
		budget = withCell(withCell(budget, SUM_INCOME, 0, 100), SUM_COST, 0, 100);

		assertThat(validate(budget).errors()).containsExactly(new Finding("budgets[0].rows[11].amounts[0]",
				"Summa kostnader i kolumnen Budget är 100 men raderna ger 98 (skillnad 2 TKr)"));
	}

	@Test
	void negativeAmountsAreLegal() {
		Budget socialpsykiatri = new Budget("Socialpsykiatri", List.of("Budget"),
				List.of(BudgetRow.of("Förvaltningsinterna intäkter", RowKind.INCOME, 0),
						BudgetRow.of("Bidrag", RowKind.INCOME, 0),
						BudgetRow.of("Försäljning av verksamhet", RowKind.INCOME, 3_300),
						BudgetRow.of("Övriga externa intäkter", RowKind.INCOME, 0),
						BudgetRow.of("Summa intäkter", RowKind.SUM_INCOME, 3_300),
						BudgetRow.of("Förvaltningsinterna kostnader", RowKind.COST, 14_120),
						BudgetRow.of("Personalkostnader", RowKind.COST, 4_616),
						BudgetRow.of("Övriga personalkostnader", RowKind.COST, 160),
						BudgetRow.of("Lokalkostnader", RowKind.COST, 0),
						BudgetRow.of("Entreprenader och köp av verksamhet", RowKind.COST, 26_924),
						BudgetRow.of("Övriga kostnader", RowKind.COST, 93),
						BudgetRow.of("Summa kostnader", RowKind.SUM_COST, 45_913),
						BudgetRow.of("Summa netto", RowKind.NET, 42_613)));
		Budget funktionsnedsattning = new Budget("Funktionsnedsättning", List.of("Budget"),
				List.of(BudgetRow.of("Förvaltningsinterna intäkter", RowKind.INCOME, 0),
						BudgetRow.of("Bidrag", RowKind.INCOME, 0),
						BudgetRow.of("Försäljning av verksamhet", RowKind.INCOME, 8_000),
						BudgetRow.of("Övriga externa intäkter", RowKind.INCOME, 0),
						BudgetRow.of("Summa intäkter", RowKind.SUM_INCOME, 8_000),
						BudgetRow.of("Förvaltningsinterna kostnader", RowKind.COST, 97_030),
						BudgetRow.of("Personalkostnader", RowKind.COST, 7_930),
						BudgetRow.of("Övriga personalkostnader", RowKind.COST, 120),
						BudgetRow.of("Lokalkostnader", RowKind.COST, 1_000),
						BudgetRow.of("Entreprenader och köp av verksamhet", RowKind.COST, 153_243),
						BudgetRow.of("Övriga kostnader", RowKind.COST, -3_571),
						BudgetRow.of("Summa kostnader", RowKind.SUM_COST, 255_752),
						BudgetRow.of("Summa netto", RowKind.NET, 247_752)));

		assertThat(findings(validate(socialpsykiatri, funktionsnedsattning))).as("the 2013 plan's two budgets")
			.isEmpty();
		assertThat(validate(socialpsykiatri, withCell(funktionsnedsattning, 10, 0, 3_571)).errors())
			.extracting(Finding::path, Finding::message)
			.containsExactly(tuple("budgets[1].rows[11].amounts[0]",
					"Summa kostnader i kolumnen Budget är 255 752 men raderna ger 262 894 (skillnad 7 142 TKr)"),
					tuple("budgets[1].rows[12].amounts[0]",
							"Summa netto i kolumnen Budget är 247 752 men kostnader minus intäkter ger 254 894 "
									+ "(skillnad 7 142 TKr)"));
	}

	@Test
	void checksEachOfSeveralAmountColumns() {
		Budget costCentres = new Budget("Budget 2027", List.of("Totalt", "Kst 1", "Kst 2"),
				List.of(BudgetRow.of("Bidrag", RowKind.INCOME, 300, 100, 200),
						BudgetRow.of("Försäljning av verksamhet", RowKind.INCOME, 30, 10, 20),
						BudgetRow.of("Summa intäkter", RowKind.SUM_INCOME, 330, 110, 220),
						BudgetRow.of("Personalkostnader", RowKind.COST, 500, 200, 300),
						BudgetRow.of("Övriga kostnader", RowKind.COST, 40, 10, 30),
						BudgetRow.of("Summa kostnader", RowKind.SUM_COST, 540, 210, 330),
						BudgetRow.of("Summa netto", RowKind.NET, 210, 100, 110)));

		assertThat(findings(validate(costCentres))).isEmpty();
		assertThat(validate(withCell(costCentres, 5, 2, 340)).errors())
			.containsExactly(new Finding("budgets[0].rows[5].amounts[2]",
					"Summa kostnader i kolumnen Kst 2 är 340 men raderna ger 330 (skillnad 10 TKr)"));
	}

	@Test
	void readsTheConventionFromTheWholeTableNotFromAColumnOfDeviations() {
		// Avvikelse = Budget − Utfall on every row; income above budget gives negative
		// deviations.
		Budget vb = new Budget("Budget 2017", List.of("Utfall", "Budget", "Avvikelse"),
				List.of(BudgetRow.of("Bidrag", RowKind.INCOME, 17_400, 16_966, -434),
						BudgetRow.of("Försäljning av verksamhet", RowKind.INCOME, 4_700, 4_491, -209),
						BudgetRow.of("Summa intäkter", RowKind.SUM_INCOME, 22_100, 21_457, -643),
						BudgetRow.of("Personalkostnader", RowKind.COST, 21_000, 20_709, -291),
						BudgetRow.of("Övriga kostnader", RowKind.COST, 400, 748, 348),
						BudgetRow.of("Summa kostnader", RowKind.SUM_COST, 21_400, 21_457, 57),
						BudgetRow.of("Summa netto", RowKind.NET, -700, 0, 700)));

		assertThat(BudgetRules.convention(vb)).isEqualTo(BudgetRules.Convention.COSTS_MINUS_INCOME);
		assertThat(findings(validate(vb))).isEmpty();
	}

	@Test
	void leavesEmptySumCellsAlone() {
		Budget vb = Assistansenheten2017.vp().toFollowUp(DocumentKind.VB).budgets().get(0);

		assertThat(findings(validate(vb))).as("Utfall and Avvikelse not yet written").isEmpty();
	}

	@Test
	void offersTheStandardTable() {
		Budget standard = Budget.standard("Budget 2027", List.of("Budget", "Prognos"));

		assertThat(standard.rows()).extracting(BudgetRow::label, BudgetRow::kind)
			.containsExactly(tuple("Taxor och avgifter", RowKind.INCOME), tuple("Hyresintäkter", RowKind.INCOME),
					tuple("Bidrag", RowKind.INCOME), tuple("Försäljning av verksamhet", RowKind.INCOME),
					tuple("Övriga externa intäkter", RowKind.INCOME), tuple("Summa intäkter", RowKind.SUM_INCOME),
					tuple("Personalkostnader", RowKind.COST), tuple("Övriga personalkostnader", RowKind.COST),
					tuple("Lokalkostnader", RowKind.COST), tuple("Entreprenader och köp av verksamhet", RowKind.COST),
					tuple("Övriga kostnader", RowKind.COST), tuple("Summa kostnader", RowKind.SUM_COST),
					tuple("Summa netto", RowKind.NET));
		assertThat(standard.rows()).allSatisfy((row) -> assertThat(row.amounts()).containsExactly(null, null));
		assertThat(standard.hasAmounts()).isFalse();
	}

	private static ValidationResult validate(Budget... budgets) {
		return PlanValidator.validate(DocumentKind.VP, Assistansenheten2017.vp().withBudgets(List.of(budgets)));
	}

	private static List<Finding> findings(ValidationResult result) {
		List<Finding> all = new ArrayList<>(result.errors());
		all.addAll(result.warnings());
		return all;
	}

	private static Budget withCell(Budget budget, int row, int column, long amount) {
		List<BudgetRow> rows = new ArrayList<>(budget.rows());
		BudgetRow old = rows.get(row);
		List<BigDecimal> amounts = new ArrayList<>(old.amounts());
		amounts.set(column, BigDecimal.valueOf(amount));
		rows.set(row, new BudgetRow(old.label(), old.kind(), amounts));
		return new Budget(budget.title(), budget.columns(), rows);
	}

}
