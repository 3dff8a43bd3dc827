package se.arshjul.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the letterhead of a tjänsteutlåtande says about the document: its title
 * ("Verksamhetsplan 2017 för Assistansenheten"), and from the title the year and the
 * unit. The rest of the letterhead (förvaltning, handläggare, telefon, address) is not
 * plan content; only long lines of running text standing before the first heading are
 * handed back as text to keep.
 */
record FrontMatter(String title, Integer year, String unitName, List<String> runningText) {

	private static final Pattern TITLE = Pattern
		.compile("(?iu)^(verksamhetsplan|verksamhetsberättelse|tertialrapport|tertialuppföljning)\\b.{0,140}$");

	private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");

	private static final Pattern FOR_UNIT = Pattern.compile("(?iu)\\bför\\s+(.+)$");

	private static final Pattern KIND = Pattern
		.compile("(?iu)^(verksamhetsplan|verksamhetsberättelse|tertialrapport\\s*\\d?|tertialuppföljning\\s*\\d?)\\s*");

	/** Longer lines than this in the letterhead are running text, not letterhead. */
	private static final int LETTERHEAD_LINE = 100;

	static FrontMatter read(List<String> lines) {
		String title = null;
		List<String> running = new ArrayList<>();
		for (String line : lines) {
			String stripped = Paragraphs.normalise(line);
			if (title == null && TITLE.matcher(stripped).matches()) {
				title = stripped;
			}
			else if (stripped.length() > LETTERHEAD_LINE) {
				running.add(stripped);
			}
		}
		if (title == null) {
			return new FrontMatter(null, null, null, running);
		}
		return new FrontMatter(title, year(title), unit(title), running);
	}

	static Integer year(String text) {
		Matcher year = YEAR.matcher(text);
		return year.find() ? Integer.valueOf(year.group(1)) : null;
	}

	private static String unit(String title) {
		Matcher forUnit = FOR_UNIT.matcher(title);
		if (forUnit.find()) {
			return forUnit.group(1).strip();
		}
		String rest = KIND.matcher(title).replaceFirst("");
		rest = YEAR.matcher(rest).replaceAll("").replaceAll("\\s+", " ").strip();
		return rest.isEmpty() ? null : rest;
	}

}
