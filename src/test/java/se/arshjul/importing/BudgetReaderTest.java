package se.arshjul.importing;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.arshjul.plan.Budget;
import se.arshjul.plan.BudgetRow;
import se.arshjul.plan.RowKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class BudgetReaderTest {

	@Test
	void readsSeveralTabbedAmountColumnsWithThousandsSpacesAndMinusSigns() {
		Block.Table table = new Block.Table(TableKind.BUDGET, "Beloppen anges i TKr\tTotalt\tKst 1\tKst 2",
				List.of("Intäkter\t\t\t", "Bidrag\t1 200\t1 000\t200", "Summa intäkter\t1 200\t1 000\t200",
						"Kostnader\t\t\t", "Personalkostnader\t20 709\t20 000\t709",
						"Övriga kostnader\t−3 571\t-3 000\t–571", "Summa kostnader\t17 138\t17 000\t138",
						"Summa netto\t15 938\t16 000\t-62"),
				true);

		BudgetReader.Read read = BudgetReader.read(table, "Budget 2018");

		assertThat(read.budget().columns()).containsExactly("Totalt", "Kst 1", "Kst 2");
		assertThat(read.budget().rows()).extracting(BudgetRow::label, BudgetRow::kind)
			.containsExactly(tuple("Bidrag", RowKind.INCOME), tuple("Summa intäkter", RowKind.SUM_INCOME),
					tuple("Personalkostnader", RowKind.COST), tuple("Övriga kostnader", RowKind.COST),
					tuple("Summa kostnader", RowKind.SUM_COST), tuple("Summa netto", RowKind.NET));
		assertThat(read.budget().rows().get(3).amounts()).containsExactly(new BigDecimal("-3571"),
				new BigDecimal("-3000"), new BigDecimal("-571"));
		assertThat(read.warnings()).isEmpty();
	}

	@Test
	void splitsSpaceSeparatedPdfAmountsIntoTheHeadersColumns() {
		Block.Table table = new Block.Table(TableKind.BUDGET, "Beloppen anges i TKr Utfall Budget",
				List.of("Intäkter", "Försäljning av verksamhet 16 966 4 491", "Kostnader", "Lokalkostnader 160 -1 200"),
				false);

		Budget budget = BudgetReader.read(table, "Budget").budget();

		assertThat(budget.columns()).containsExactly("Utfall", "Budget");
		assertThat(budget.rows()).extracting(BudgetRow::label, BudgetRow::kind, BudgetRow::amounts)
			.containsExactly(
					tuple("Försäljning av verksamhet", RowKind.INCOME,
							Arrays.asList(new BigDecimal("16966"), new BigDecimal("4491"))),
					tuple("Lokalkostnader", RowKind.COST,
							Arrays.asList(new BigDecimal("160"), new BigDecimal("-1200"))));
	}

	@Test
	void keepsAnEmptyCellEmptyAndWarnsOfAnAmountItCannotRead() {
		Block.Table table = new Block.Table(TableKind.BUDGET, "Beloppen anges i TKr\tBudget",
				List.of("Hyresintäkter\t", "Bidrag\tca tio"), true);

		BudgetReader.Read read = BudgetReader.read(table, "Budget");

		assertThat(read.budget().rows()).extracting((row) -> row.amountIn(0)).containsExactly(null, null);
		assertThat(read.warnings()).containsExactly(
				"Beloppet ”ca tio” på raden ”Bidrag” kunde inte läsas som ett tal i TKr och har lämnats tomt");
	}

}
