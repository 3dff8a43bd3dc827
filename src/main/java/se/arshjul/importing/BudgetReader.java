package se.arshjul.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import se.arshjul.plan.Budget;
import se.arshjul.plan.BudgetRow;
import se.arshjul.plan.PlanLimits;
import se.arshjul.plan.RowKind;

/**
 * Reads a budget table in TKr: the header names the amount columns ("Beloppen anges i TKr
 * | Budget", or several such as "Utfall | Budget | Avvikelse"); each row has a label and
 * one amount per column, written with spaces between thousands and possibly with a minus
 * sign. "Intäkter" and "Kostnader" without amounts mark where income and cost rows begin;
 * the sums are known by their labels.
 */
final class BudgetReader {

	/** The budget read, with text that could not be read as rows and any warnings. */
	record Read(Budget budget, List<String> leftover, List<String> warnings) {
	}

	/** Longer than any amount within {@link PlanLimits}, even with decimals and sign. */
	private static final int MAX_AMOUNT_LENGTH = 20;

	private static final Pattern NUMBER_TOKEN = Pattern.compile("[-−–]?\\d+(,\\d+)?");

	private static final Pattern GROUP = Pattern.compile("\\d{3}(,\\d+)?");

	private BudgetReader() {
	}

	static Read read(Block.Table table, String title) {
		List<String> columns = columns(table);
		List<BudgetRow> rows = new ArrayList<>();
		List<String> leftover = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		RowKind section = null;
		for (String line : table.rows()) {
			if (line.isBlank()) {
				continue;
			}
			String label;
			List<String> cells;
			if (table.tabbed()) {
				List<String> all = TableReader.cells(line);
				label = all.get(0);
				cells = all.subList(1, all.size());
			}
			else {
				String[] split = splitSpaced(Paragraphs.normalise(line), columns.size());
				label = split[0];
				cells = Arrays.asList(split).subList(1, split.length);
			}
			String lower = label.toLowerCase(Locale.ROOT);
			boolean empty = cells.stream().allMatch((cell) -> cell == null || cell.isBlank());
			if (empty && (lower.equals("intäkter") || lower.equals("kostnader"))) {
				section = lower.equals("intäkter") ? RowKind.INCOME : RowKind.COST;
				continue;
			}
			if (label.isEmpty()) {
				leftover.add(Paragraphs.normalise(line));
				continue;
			}
			List<BigDecimal> amounts = new ArrayList<>();
			for (int c = 0; c < columns.size(); c++) {
				amounts.add(amount((c < cells.size()) ? cells.get(c) : null, label, warnings));
			}
			rows.add(new BudgetRow(label, kind(lower, section), amounts));
		}
		return new Read(new Budget(title, columns, rows), leftover, warnings);
	}

	private static List<String> columns(Block.Table table) {
		if (table.tabbed()) {
			List<String> cells = TableReader.cells(table.header());
			List<String> columns = cells.subList(1, cells.size()).stream().filter((cell) -> !cell.isEmpty()).toList();
			return columns.isEmpty() ? List.of("Budget") : columns;
		}
		String header = Paragraphs.normalise(table.header());
		int tkr = header.toLowerCase(Locale.ROOT).lastIndexOf("tkr");
		String rest = header.substring(tkr + 3).strip();
		return rest.isEmpty() ? List.of("Budget") : Arrays.asList(rest.split(" "));
	}

	/**
	 * Which kind of row this label is: a sum by its label, otherwise as the section it
	 * stands in.
	 */
	static RowKind kind(String label, RowKind section) {
		String lower = label.toLowerCase(Locale.ROOT);
		if (lower.startsWith("summa intäkt")) {
			return RowKind.SUM_INCOME;
		}
		if (lower.startsWith("summa kostnad")) {
			return RowKind.SUM_COST;
		}
		if (lower.contains("netto")) {
			return RowKind.NET;
		}
		if (section != null) {
			return section;
		}
		boolean income = lower.contains("intäkt") || lower.contains("avgift") || lower.contains("bidrag")
				|| lower.startsWith("försäljning") || lower.contains("ersättning");
		return income ? RowKind.INCOME : RowKind.COST;
	}

	/**
	 * Label and amounts from a row whose cells are separated by spaces only, where a
	 * space also separates thousands: the trailing numbers are the amounts, grouped into
	 * as many amounts as there are columns, each taking as many three-digit groups as it
	 * can.
	 */
	private static String[] splitSpaced(String line, int columns) {
		List<String> tokens = new ArrayList<>(Arrays.asList(line.split(" ")));
		int first = tokens.size();
		while (first > 0 && NUMBER_TOKEN.matcher(tokens.get(first - 1)).matches()) {
			first--;
		}
		String label = String.join(" ", tokens.subList(0, first));
		List<String> numbers = tokens.subList(first, tokens.size());
		List<String> amounts = group(numbers, columns);
		String[] result = new String[columns + 1];
		result[0] = label;
		for (int c = 0; c < columns; c++) {
			result[c + 1] = (c < amounts.size()) ? amounts.get(c) : null;
		}
		return result;
	}

	private static List<String> group(List<String> numbers, int columns) {
		List<String> amounts = new ArrayList<>();
		int i = 0;
		while (i < numbers.size()) {
			StringBuilder amount = new StringBuilder(numbers.get(i));
			i++;
			int stillNeeded = columns - amounts.size() - 1;
			while (i < numbers.size() && GROUP.matcher(numbers.get(i)).matches()
					&& numbers.size() - (i + 1) >= stillNeeded
					&& amount.toString().matches("[-−–]?\\d{1,3}( \\d{3})*")) {
				amount.append(' ').append(numbers.get(i));
				i++;
			}
			amounts.add(amount.toString());
		}
		return amounts;
	}

	/** "21 457" → 21457, "-3 571" → -3571, "12,5" → 12.5; empty → null. */
	static BigDecimal amount(String text, String label, List<String> warnings) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String plain = text.replace(" ", "").replace('−', '-').replace('–', '-').replace(',', '.');
		try {
			BigDecimal amount = (plain.length() > MAX_AMOUNT_LENGTH) ? null : new BigDecimal(plain);
			if (amount == null || !PlanLimits.isReasonable(amount)) {
				warnings.add("Beloppet " + Quotes.of(text) + " på raden " + Quotes.of(label)
						+ " är orimligt stort för ett belopp i TKr och har lämnats tomt");
				return null;
			}
			return amount;
		}
		catch (NumberFormatException ex) {
			warnings.add("Beloppet " + Quotes.of(text) + " på raden " + Quotes.of(label)
					+ " kunde inte läsas som ett tal i TKr och har lämnats tomt");
			return null;
		}
	}

}
