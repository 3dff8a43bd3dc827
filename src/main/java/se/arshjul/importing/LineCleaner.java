package se.arshjul.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns raw text into lines: one kind of line ending, no byte-order mark, control
 * characters or non-breaking spaces, no bold markers ({@code **}) or inline tags
 * ({@code <i>}), and without the page furniture of a tjänsteutlåtande ("Sid 3 (12)", Dnr
 * lines, "Tjänsteutlåtande", header lines repeated on every page). Blank lines are kept
 * as empty strings; tabs are kept since they separate table cells.
 */
final class LineCleaner {

	/** The cleaned lines and the Dnr found on the way, if any. */
	record Cleaned(List<String> lines, String dnr) {
	}

	private static final Pattern BOLD = Pattern.compile("\\*{2,}");

	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0E-\\x1F\\x7F]");

	private static final Pattern TAGS = Pattern.compile("(?i)</?(i|b|em|strong|u|span|br)\\s*/?>");

	private static final Pattern PAGE = Pattern
		.compile("(?iu)^(sid|sida)?\\s*\\d{1,3}\\s*(\\(\\s*\\d{1,3}\\s*\\)|av\\s+\\d{1,3})$");

	private static final Pattern PAGE_WORD = Pattern.compile("(?iu)^(sid|sida)\\s*\\d{1,3}$");

	private static final Pattern DNR = Pattern.compile("(?iu)\\bdnr\\.?\\s*:?\\s*(\\d[\\w./-]*\\w)");

	private static final Pattern DNR_LINE = Pattern.compile("(?iu)^dnr\\b.{0,60}$");

	private static final Pattern LETTER_WORD = Pattern.compile("(?iu)^tjänsteutlåtande$");

	/** How far from a page marker a repeated header or footer line may stand. */
	private static final int WINDOW = 3;

	private LineCleaner() {
	}

	static Cleaned clean(String text) {
		String normalised = text.replace("\uFEFF", "")
			.replace("\r\n", "\n")
			.replace('\r', '\n')
			.replace('\f', '\n')
			.replace('\u000B', '\n')
			.replace('\u00A0', ' ')
			.replace('\u2007', ' ')
			.replace('\u202F', ' ');
		// stray control characters of a PDF extraction: neither text nor storable as XML
		normalised = CONTROL.matcher(normalised).replaceAll("");
		normalised = BOLD.matcher(normalised).replaceAll("\n");
		normalised = TAGS.matcher(normalised).replaceAll("");
		String[] raw = normalised.split("\n", -1);
		List<String> lines = new ArrayList<>(raw.length);
		for (String line : raw) {
			lines.add(line.replaceAll(" +$", ""));
		}
		Matcher dnr = DNR.matcher(normalised);
		boolean[] furniture = markFurniture(lines);
		List<String> kept = new ArrayList<>(lines.size());
		for (int i = 0; i < lines.size(); i++) {
			if (!furniture[i]) {
				kept.add(lines.get(i));
			}
		}
		return new Cleaned(kept, dnr.find() ? dnr.group(1) : null);
	}

	private static boolean[] markFurniture(List<String> lines) {
		boolean[] furniture = new boolean[lines.size()];
		List<Integer> pageMarkers = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (PAGE.matcher(line).matches() || PAGE_WORD.matcher(line).matches()) {
				furniture[i] = true;
				pageMarkers.add(i);
			}
			else if (DNR_LINE.matcher(line).matches() || LETTER_WORD.matcher(line).matches()) {
				furniture[i] = true;
			}
		}
		markRepeatedHeaders(lines, pageMarkers, furniture);
		return furniture;
	}

	/**
	 * A line that stands, word for word, near two or more page markers, at two or more
	 * places in the text, is a running header or footer.
	 */
	private static void markRepeatedHeaders(List<String> lines, List<Integer> pageMarkers, boolean[] furniture) {
		if (pageMarkers.size() < 2) {
			return;
		}
		Map<String, Set<Integer>> places = new HashMap<>();
		for (int marker : pageMarkers) {
			for (int i : window(lines, marker)) {
				String line = lines.get(i).strip();
				if (isHeaderCandidate(line)) {
					places.computeIfAbsent(line, (key) -> new TreeSet<>()).add(i);
				}
			}
		}
		places.values()
			.stream()
			.filter((at) -> at.size() >= 2)
			.flatMap(Set::stream)
			.forEach((i) -> furniture[i] = true);
	}

	private static boolean isHeaderCandidate(String line) {
		return !line.isEmpty() && line.length() <= 80 && !line.contains("\t") && HeadingKind.classify(line) == null;
	}

	private static List<Integer> window(List<String> lines, int marker) {
		List<Integer> indexes = new ArrayList<>();
		for (int i = Math.max(0, marker - WINDOW); i <= Math.min(lines.size() - 1, marker + WINDOW); i++) {
			if (i != marker) {
				indexes.add(i);
			}
		}
		return indexes;
	}

}
