package se.arshjul.plan;

import java.math.BigDecimal;

/** Text helpers for the model and the validator's messages. */
final class Texts {

	/** Titles longer than this are shortened in messages. */
	private static final int MAX_QUOTED = 60;

	private Texts() {
	}

	static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}

	/**
	 * "Enhetsmålet ”Verksamheten är jämställd”", or just "Enhetsmålet" when there is no
	 * title.
	 */
	static String named(String what, String title) {
		return hasText(title) ? what + " " + quoted(title) : what;
	}

	/** The text in Swedish quotation marks, long texts cut at a word with " …". */
	static String quoted(String text) {
		String stripped = text.strip().replaceAll("\\s+", " ");
		if (stripped.length() > MAX_QUOTED) {
			int cut = stripped.lastIndexOf(' ', MAX_QUOTED);
			stripped = stripped.substring(0, (cut > 0) ? cut : MAX_QUOTED) + " …";
		}
		return "”" + stripped + "”";
	}

	/** An amount as a Swedish table shows it: "21 457", "-3 571", "12,5". */
	static String amount(BigDecimal amount) {
		return SwedishAmount.format(amount, " ", "-");
	}

}
