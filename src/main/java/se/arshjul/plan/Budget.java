package se.arshjul.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A budget table in thousands of kronor (TKr). A unit may have several, one per activity
 * area.
 *
 * @param title e.g. "Budget 2017" or an activity area such as "Socialpsykiatri"
 * @param columns the headings of the amount columns, e.g. ["Budget"], ["Totalt", "Kst 1",
 * "Kst 2"] or, in a VB, ["Utfall", "Budget", "Avvikelse"]
 * @param rows income rows, cost rows and the sums, in the order shown
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Budget(String title, List<String> columns, List<BudgetRow> rows) {

	/** The income rows of the domain guide's standard table. */
	static final List<String> STANDARD_INCOME = List.of("Taxor och avgifter", "Hyresintäkter", "Bidrag",
			"Försäljning av verksamhet", "Övriga externa intäkter");

	/** The cost rows of the domain guide's standard table. */
	static final List<String> STANDARD_COSTS = List.of("Personalkostnader", "Övriga personalkostnader",
			"Lokalkostnader", "Entreprenader och köp av verksamhet", "Övriga kostnader");

	public Budget {
		columns = Lists.of(columns);
		rows = Lists.of(rows);
	}

	/**
	 * The standard table with empty cells: Taxor och avgifter, Hyresintäkter, Bidrag,
	 * Försäljning av verksamhet, Övriga externa intäkter, Summa intäkter,
	 * Personalkostnader, Övriga personalkostnader, Lokalkostnader, Entreprenader och köp
	 * av verksamhet, Övriga kostnader, Summa kostnader, Summa netto.
	 */
	public static Budget standard(String title, List<String> columns) {
		List<BigDecimal> empty = Collections.nCopies(columns.size(), null);
		List<BudgetRow> rows = new ArrayList<>();
		STANDARD_INCOME.forEach((label) -> rows.add(new BudgetRow(label, RowKind.INCOME, empty)));
		rows.add(new BudgetRow(RowKind.SUM_INCOME.label(), RowKind.SUM_INCOME, empty));
		STANDARD_COSTS.forEach((label) -> rows.add(new BudgetRow(label, RowKind.COST, empty)));
		rows.add(new BudgetRow(RowKind.SUM_COST.label(), RowKind.SUM_COST, empty));
		rows.add(new BudgetRow(RowKind.NET.label(), RowKind.NET, empty));
		return new Budget(title, columns, rows);
	}

	/** Whether any cell holds an amount. */
	public boolean hasAmounts() {
		return this.rows.stream().anyMatch((row) -> row.amounts().stream().anyMatch((amount) -> amount != null));
	}

}
