package se.arshjul.importing;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headings of a plan, as the seeds write them, and how a line is recognised as one.
 */
enum HeadingKind {

	TABLE_OF_CONTENTS("innehållsförteckning|innehåll", false), INTRODUCTION("inledning", true),
	VISION("verksamhetsidé och värdegrund|verksamhetsidé|värdegrund|vision och värdegrund", true),
	DESCRIPTION("verksamhetsbeskrivning|beskrivning av verksamheten|enhetens arbete", true),
	QUALITY("kvalit[eé]ts?-? och utvecklingsarbete(t)?|kvalitetsarbete(t)?|utvecklingsarbete", true),
	PARTICIPATION("medarbetarnas delaktighet.*", true),
	ORGANISATION("organisations- och ledningsstruktur|organisation", false),
	DIRECTION_GOAL("kf:s inriktningsmål(\\s*\\d+)?", true), COUNCIL_GOAL("kf:s mål för verksamhetsområdet", true),
	BOARD_GOAL("nämndmål|nämndens mål", true), UNIT_GOAL("enhetsmål|åtagande|enhetens åtagande", true),
	EXPECTED_RESULT("förväntat resultat", false), WORKING_METHODS("arbets ?s?ätt", false),
	RESOURCES("resursanvändning", false), FOLLOW_UP("uppföljning", false), DEVELOPMENT("utveckling", false),
	BOARD_DESCRIPTION("beskrivning", false), ECONOMY("uppföljning av ekonomi(n)?|ekonomi", true),
	BUDGET("budget(\\s+(för\\s+)?\\d{4})?", true), OTHER_MATTERS("övriga frågor", true),
	ATTACHMENTS("bilagor?(\\s+\\d{4})?", false);

	/**
	 * A goal label with its text on the same line, e.g. "Nämndmål: Stadsdelsnämndens …".
	 */
	private static final Pattern INLINE_GOAL = Pattern.compile(
			"(?iu)^(kf:s inriktningsmål(?:\\s*\\d+)?|kf:s mål för verksamhetsområdet|nämndmål|enhetsmål|åtagande)\\s*:\\s*(\\S.*)$");

	private static final Pattern NUMBER = Pattern.compile("(\\d+)");

	private static final int MAX_HEADING = 80;

	private final Pattern pattern;

	private final boolean structural;

	HeadingKind(String pattern, boolean structural) {
		this.pattern = Pattern.compile(pattern);
		this.structural = structural;
	}

	/**
	 * Whether this heading is one that only a plan would have (used to tell a plan from
	 * other text).
	 */
	boolean structural() {
		return this.structural;
	}

	/**
	 * The heading this line is, or null if it is not one. Lines with tabs are table rows,
	 * never headings.
	 */
	static Block.Heading classify(String line) {
		String stripped = line.strip();
		if (stripped.isEmpty() || line.contains("\t")) {
			return null;
		}
		Matcher inline = INLINE_GOAL.matcher(stripped);
		if (inline.matches()) {
			HeadingKind kind = of(normalise(inline.group(1)));
			return new Block.Heading(kind, stripped, number(inline.group(1)), inline.group(2).strip());
		}
		if (stripped.length() > MAX_HEADING) {
			return null;
		}
		HeadingKind kind = of(normalise(stripped));
		return (kind != null) ? new Block.Heading(kind, stripped.replaceAll("[\\s:]+$", ""), number(stripped), null)
				: null;
	}

	private static HeadingKind of(String normalised) {
		for (HeadingKind kind : values()) {
			if (kind.pattern.matcher(normalised).matches()) {
				return kind;
			}
		}
		return null;
	}

	private static String normalise(String text) {
		return text.replaceAll("[\\s:.]+$", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
	}

	private static String number(String heading) {
		Matcher number = NUMBER.matcher(heading);
		return number.find() ? number.group(1) : null;
	}

}
