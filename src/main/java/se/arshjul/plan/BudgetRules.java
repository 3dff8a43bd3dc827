package se.arshjul.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * The rules on a budget table: every Summa intäkter, Summa kostnader and Summa netto
 * against the rows, in every amount column on its own.
 * <p>
 * <b>Rounding.</b> Each row is rounded to whole TKr, so a sum may honestly differ from
 * its rows by up to 1 TKr per row summed (rows with an empty cell in that column are not
 * summed). A larger difference is an error, a smaller one a warning. An empty sum cell is
 * not checked; an empty row cell counts as nothing.
 * <p>
 * <b>Netto.</b> Tables come in two conventions. The domain guide's, and the seeds',
 * writes income rows as positive amounts and Summa netto = costs − income. Some tables
 * write income rows as negative amounts, and then Summa netto is the signed total of all
 * rows. Which one a table uses is decided once for the whole table, from the signs of its
 * non-zero income cells (or, if the income rows are all empty or zero, of its Summa
 * intäkter cells): more negative than positive means income is written negative;
 * otherwise, including a tie or no income at all, costs − income. The signs are counted
 * over all columns, not per column, because a column of deviations (Avvikelse) has income
 * cells of either sign whatever the convention, while the level columns (Budget, Utfall,
 * Prognos, cost centres) outnumber it and show the table's convention. Netto is computed
 * from the income and cost rows, or, where a column has none of them filled, from its
 * Summa intäkter and Summa kostnader.
 */
final class BudgetRules {

	private static final BigDecimal TKR_PER_ROW = BigDecimal.ONE;

	private BudgetRules() {
	}

	/** How a table writes income, and so what its netto is. */
	enum Convention {

		/** Income rows positive: netto = costs − income. */
		COSTS_MINUS_INCOME,
		/** Income rows negative: netto = the signed total of all rows. */
		SIGNED_TOTAL

	}

	static void check(String path, Budget budget, Findings findings) {
		Convention convention = convention(budget);
		int columns = columnCount(budget);
		for (int r = 0; r < budget.rows().size(); r++) {
			BudgetRow row = budget.rows().get(r);
			for (int c = 0; c < columns; c++) {
				BigDecimal stated = row.amountIn(c);
				if (stated == null || row.kind() == null) {
					continue;
				}
				String where = path + ".rows[" + r + "].amounts[" + c + "]";
				String what = label(row) + " i kolumnen " + columnName(budget, c) + " är " + Texts.amount(stated);
				switch (row.kind()) {
					case SUM_INCOME ->
						compare(where, what + " men raderna ger", stated, detail(budget, RowKind.INCOME, c), findings);
					case SUM_COST ->
						compare(where, what + " men raderna ger", stated, detail(budget, RowKind.COST, c), findings);
					case NET -> compare(where, what + " men " + explain(convention) + " ger", stated,
							net(budget, c, convention), findings);
					default -> {
					}
				}
			}
		}
	}

	static Convention convention(Budget budget) {
		int balance = signBalance(budget, RowKind.INCOME);
		if (balance == 0) {
			balance = signBalance(budget, RowKind.SUM_INCOME);
		}
		return (balance < 0) ? Convention.SIGNED_TOTAL : Convention.COSTS_MINUS_INCOME;
	}

	/** Positive cells minus negative cells of this kind, over all columns. */
	private static int signBalance(Budget budget, RowKind kind) {
		return budget.rows()
			.stream()
			.filter((row) -> row.kind() == kind)
			.flatMap((row) -> row.amounts().stream())
			.filter((amount) -> amount != null)
			.mapToInt(BigDecimal::signum)
			.sum();
	}

	private static String explain(Convention convention) {
		return (convention == Convention.SIGNED_TOTAL) ? "summan av raderna, med intäkterna som negativa belopp,"
				: "kostnader minus intäkter";
	}

	private static void compare(String path, String statedPart, BigDecimal stated, Total expected, Findings findings) {
		BigDecimal difference = stated.subtract(expected.sum()).abs();
		if (difference.signum() == 0) {
			return;
		}
		BigDecimal tolerance = TKR_PER_ROW.multiply(BigDecimal.valueOf(expected.rows()));
		String message = statedPart + " " + Texts.amount(expected.sum());
		if (difference.compareTo(tolerance) <= 0) {
			findings.warning(path, message + " (avrundningsskillnad " + Texts.amount(difference) + " TKr)");
		}
		else {
			findings.error(path, message + " (skillnad " + Texts.amount(difference) + " TKr)");
		}
	}

	private static Total net(Budget budget, int column, Convention convention) {
		Total income = detailOrSum(budget, RowKind.INCOME, RowKind.SUM_INCOME, column);
		Total costs = detailOrSum(budget, RowKind.COST, RowKind.SUM_COST, column);
		BigDecimal net = (convention == Convention.SIGNED_TOTAL) ? costs.sum().add(income.sum())
				: costs.sum().subtract(income.sum());
		return new Total(net, income.rows() + costs.rows());
	}

	private static Total detailOrSum(Budget budget, RowKind detail, RowKind sum, int column) {
		Total rows = detail(budget, detail, column);
		if (rows.rows() > 0) {
			return rows;
		}
		return detail(budget, sum, column);
	}

	/** The total of the filled cells of the rows of this kind in this column. */
	private static Total detail(Budget budget, RowKind kind, int column) {
		List<BigDecimal> amounts = budget.rows()
			.stream()
			.filter((row) -> row.kind() == kind)
			.map((row) -> row.amountIn(column))
			.filter((amount) -> amount != null)
			.toList();
		return new Total(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add), amounts.size());
	}

	private static int columnCount(Budget budget) {
		int widest = budget.rows().stream().mapToInt((row) -> row.amounts().size()).max().orElse(0);
		return Math.max(budget.columns().size(), widest);
	}

	private static String columnName(Budget budget, int column) {
		String heading = (column < budget.columns().size()) ? budget.columns().get(column) : null;
		return Texts.hasText(heading) ? heading.strip() : "nr " + (column + 1);
	}

	private static String label(BudgetRow row) {
		return Texts.hasText(row.label()) ? row.label().strip() : row.kind().label();
	}

	/** A total and how many rows went into it. */
	private record Total(BigDecimal sum, int rows) {
	}

}
