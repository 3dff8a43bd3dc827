package se.arshjul.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.arshjul.plan.Activity;
import se.arshjul.plan.Indicator;
import se.arshjul.plan.Periodicity;
import se.arshjul.plan.Risk;

/**
 * Reads the tables of indicators, activities and risks. In the export a row is one line
 * with its cells separated by tabs. In PDF text the cells are separated by spaces only
 * and a row wraps over several lines, so the rows are found in the running text by how
 * they end: an indicator row with its periodicity (Tertial, År), an activity row with its
 * two dates.
 */
final class TableReader {

	/**
	 * What was read, and the text that could not be read as rows (kept by the caller).
	 */
	record Read<T>(List<T> rows, List<String> leftover, List<String> warnings) {
	}

	private static final Pattern INDICATOR_ROW = Pattern.compile("(.+?)\\s+(Tertial|År)(?=\\s|$)");

	private static final String TARGET = "-?\\d+(?:[.,]\\d+)?";

	private static final Pattern WITH_PERCENT = Pattern.compile("^(.+?)\\s+(" + TARGET + "\\s*%)\\s+(.+)$");

	private static final Pattern WITH_NUMBER = Pattern.compile("^(.+?)\\s+(" + TARGET + "\\s*%?)\\s+(.+)$");

	private static final Pattern ONE_TARGET = Pattern.compile("^(.+?)\\s+(" + TARGET + "\\s*%?)$");

	private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

	private static final Pattern ACTIVITY_ROW = Pattern.compile("(.+?)\\s+(" + DATE + ")\\s+(" + DATE + ")(?=\\s|$)");

	private TableReader() {
	}

	static Read<Indicator> indicators(Block.Table table) {
		List<Indicator> rows = new ArrayList<>();
		List<String> leftover = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		if (table.tabbed()) {
			List<String> header = cells(table.header());
			int name = 0;
			int unitTarget = indexOf(header, (cell) -> cell.equals("årsmål"), 1);
			int councilTarget = indexOf(header, (cell) -> cell.startsWith("kf") && cell.contains("årsmål"), 2);
			int periodicity = indexOf(header, (cell) -> cell.startsWith("periodicitet"), 3);
			for (String line : table.rows()) {
				List<String> cells = cells(line);
				if (cells.stream().allMatch(String::isEmpty)) {
					continue;
				}
				rows.add(indicator(cell(cells, name), cell(cells, unitTarget), cell(cells, councilTarget),
						cell(cells, periodicity), warnings));
			}
			return new Read<>(rows, leftover, warnings);
		}
		String text = running(table.rows());
		Matcher row = INDICATOR_ROW.matcher(text);
		int end = 0;
		while (row.find()) {
			String[] parts = split(row.group(1).strip());
			rows.add(indicator(parts[0], parts[1], parts[2], row.group(2), warnings));
			end = row.end();
		}
		addLeftover(text.substring(end), leftover);
		return new Read<>(rows, leftover, warnings);
	}

	static Read<Activity> activities(Block.Table table) {
		List<Activity> rows = new ArrayList<>();
		List<String> leftover = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		if (table.tabbed()) {
			for (String line : table.rows()) {
				List<String> cells = cells(line);
				if (cells.stream().allMatch(String::isEmpty)) {
					continue;
				}
				rows.add(activity(cell(cells, 0), cell(cells, 1), cell(cells, 2), warnings));
			}
			return new Read<>(rows, leftover, warnings);
		}
		String text = running(table.rows());
		Matcher row = ACTIVITY_ROW.matcher(text);
		int end = 0;
		while (row.find()) {
			rows.add(activity(row.group(1).strip(), row.group(2), row.group(3), warnings));
			end = row.end();
		}
		addLeftover(text.substring(end), leftover);
		return new Read<>(rows, leftover, warnings);
	}

	/** The internkontrollplan; only its tabbed form can be read cell by cell. */
	static Read<Risk> risks(Block.Table table) {
		List<Risk> rows = new ArrayList<>();
		List<String> leftover = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		if (!table.tabbed()) {
			addLeftover(table.header() + " " + running(table.rows()), leftover);
			warnings.add("Internkontrollplanens tabell kunde inte delas upp i kolumner och har sparats som fritext "
					+ "under Övriga avsnitt");
			return new Read<>(rows, leftover, warnings);
		}
		List<String> header = cells(table.header());
		int risk = indexOf(header, (cell) -> cell.contains("risk") || cell.contains("process"), 0);
		int probability = indexOf(header, (cell) -> cell.startsWith("sannolikhet"), 1);
		int consequence = indexOf(header, (cell) -> cell.startsWith("konsekvens"), 2);
		int control = indexOf(header, (cell) -> cell.contains("kontroll"), 3);
		int responsible = indexOf(header, (cell) -> cell.startsWith("ansvar"), 4);
		for (String line : table.rows()) {
			List<String> cells = cells(line);
			if (cells.stream().allMatch(String::isEmpty)) {
				continue;
			}
			rows.add(new Risk(cell(cells, risk), grade(cell(cells, probability)), grade(cell(cells, consequence)),
					cell(cells, control), cell(cells, responsible)));
		}
		return new Read<>(rows, leftover, warnings);
	}

	/**
	 * Name, unit's årsmål and KF:s årsmål from a row whose cells are separated by spaces
	 * only.
	 */
	private static String[] split(String row) {
		for (Pattern pattern : List.of(WITH_PERCENT, WITH_NUMBER)) {
			Matcher matcher = pattern.matcher(row);
			if (matcher.matches()) {
				return new String[] { matcher.group(1), matcher.group(2), matcher.group(3) };
			}
		}
		Matcher one = ONE_TARGET.matcher(row);
		if (one.matches()) {
			return new String[] { one.group(1), one.group(2), null };
		}
		return new String[] { row, null, null };
	}

	private static Indicator indicator(String name, String unitTarget, String councilTarget, String periodicityText,
			List<String> warnings) {
		Periodicity periodicity = Periodicity.ofLabel(periodicityText);
		if (periodicity == null && periodicityText != null && !periodicityText.isBlank()) {
			warnings.add("Periodiciteten " + Quotes.of(periodicityText) + " för indikatorn " + Quotes.of(name)
					+ " känns inte igen (Tertial eller År)");
		}
		String unit = (endsWithPercent(unitTarget) || endsWithPercent(councilTarget)) ? "%" : null;
		return new Indicator(name, unit, unitTarget, councilTarget, periodicity);
	}

	private static boolean endsWithPercent(String target) {
		return target != null && target.endsWith("%");
	}

	private static Activity activity(String title, String start, String end, List<String> warnings) {
		return new Activity(title, date(start, title, warnings), date(end, title, warnings));
	}

	private static LocalDate date(String text, String title, List<String> warnings) {
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			warnings.add("Datumet " + Quotes.of(text) + " för aktiviteten " + Quotes.of(title)
					+ " kunde inte läsas (ÅÅÅÅ-MM-DD) och har lämnats tomt");
			return null;
		}
	}

	private static Integer grade(String text) {
		if (text == null || !text.matches("\\d+")) {
			return null;
		}
		return Integer.valueOf(text);
	}

	static List<String> cells(String line) {
		return Arrays.stream(line.split("\t", -1)).map(Paragraphs::normalise).toList();
	}

	private static String cell(List<String> cells, int index) {
		return (index < cells.size() && !cells.get(index).isEmpty()) ? cells.get(index) : null;
	}

	private static int indexOf(List<String> header, Predicate<String> test, int fallback) {
		for (int i = 0; i < header.size(); i++) {
			if (test.test(header.get(i).toLowerCase(Locale.ROOT))) {
				return i;
			}
		}
		return fallback;
	}

	/** The lines of a PDF table as one run of text. */
	private static String running(List<String> lines) {
		return lines.stream()
			.map(Paragraphs::normalise)
			.filter((line) -> !line.isEmpty())
			.reduce((a, b) -> a + " " + b)
			.orElse("");
	}

	private static void addLeftover(String text, List<String> leftover) {
		if (!text.isBlank()) {
			leftover.add(text.strip());
		}
	}

}
