package se.arshjul.plan;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A row of a budget table: one amount in TKr per column of its {@link Budget}, null for
 * an empty cell. Amounts may be negative (corrections, deviations, income written as
 * negative rows).
 *
 * @param label the row's text as written, e.g. "Personalkostnader" or "Summa kostnader"
 * @param kind income, cost, or one of the sums
 * @param amounts one amount per column; null elements are empty cells
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BudgetRow(String label, RowKind kind, List<BigDecimal> amounts) {

	public BudgetRow {
		amounts = Lists.withNulls(amounts);
	}

	/** A row with these amounts, column by column; null for an empty cell. */
	public static BudgetRow of(String label, RowKind kind, BigDecimal... amounts) {
		return new BudgetRow(label, kind, Arrays.asList(amounts));
	}

	/** A row with whole amounts (TKr), column by column. */
	public static BudgetRow of(String label, RowKind kind, long... amounts) {
		return new BudgetRow(label, kind, Arrays.stream(amounts).mapToObj(BigDecimal::valueOf).toList());
	}

	/** The amount in this column, or null if the cell is empty or missing. */
	public BigDecimal amountIn(int column) {
		return (column >= 0 && column < this.amounts.size()) ? this.amounts.get(column) : null;
	}

}
