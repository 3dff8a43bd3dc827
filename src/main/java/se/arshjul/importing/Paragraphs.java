package se.arshjul.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins lines into paragraphs. The export writes a paragraph per line with blank lines
 * between; PDF text breaks every paragraph into short lines, often with blank lines
 * between them too. So blank lines alone decide nothing: a line continues the paragraph
 * before it when that one was cut off, that is when it ends in a hyphenated word, when
 * the new line starts in lower case, or when the line before ends without punctuation and
 * is long enough to have been wrapped. Bullet lines ("- …") start a new paragraph, except
 * that a bullet directly under another bullet stays in the same list.
 */
final class Paragraphs {

	private static final Pattern BULLET = Pattern.compile("^[-•–*]\\s+\\S.*");

	/**
	 * A line at least this long that ends without punctuation was most likely wrapped.
	 */
	private static final int WRAPPED_LENGTH = 50;

	private static final String TERMINAL = ".!?:;";

	private Paragraphs() {
	}

	static List<String> of(List<String> lines) {
		List<String> paragraphs = new ArrayList<>();
		StringBuilder current = null;
		boolean blankSince = false;
		boolean lastWasBullet = false;
		int lastLength = 0;
		for (String raw : lines) {
			String line = normalise(raw);
			if (line.isEmpty()) {
				blankSince = true;
				continue;
			}
			boolean bullet = BULLET.matcher(line).matches();
			if (current == null) {
				current = new StringBuilder(line);
			}
			else if (bullet && lastWasBullet && !blankSince) {
				current.append('\n').append(line);
			}
			else if (!bullet && continues(current, lastLength, line)) {
				join(current, line);
				bullet = lastWasBullet;
			}
			else {
				paragraphs.add(current.toString());
				current = new StringBuilder(line);
			}
			lastWasBullet = bullet;
			lastLength = line.length();
			blankSince = false;
		}
		if (current != null) {
			paragraphs.add(current.toString());
		}
		return paragraphs;
	}

	/** A line as text: tabs as spaces, runs of spaces as one, no spaces at either end. */
	static String normalise(String line) {
		return line.replace('\t', ' ').replaceAll(" {2,}", " ").strip();
	}

	private static boolean continues(CharSequence before, int lastLength, String line) {
		char last = before.charAt(before.length() - 1);
		char first = line.charAt(0);
		if (isHyphenated(before) && Character.isLetter(first)) {
			return true;
		}
		if (Character.isLowerCase(first)) {
			return true;
		}
		if (TERMINAL.indexOf(last) >= 0) {
			return false;
		}
		return !Character.isLetter(first) || lastLength >= WRAPPED_LENGTH;
	}

	private static boolean isHyphenated(CharSequence text) {
		int n = text.length();
		return n > 1 && text.charAt(n - 1) == '-' && Character.isLetter(text.charAt(n - 2));
	}

	/**
	 * Joins a wrapped line: a word split at a soft hyphen is mended, "HR-" + "funktion"
	 * keeps its hyphen.
	 */
	private static void join(StringBuilder current, String line) {
		int n = current.length();
		if (isHyphenated(current) && Character.isLetter(line.charAt(0))) {
			boolean conjunction = line.matches("^(och|eller|samt|respektive)\\b.*");
			boolean softHyphen = Character.isLowerCase(current.charAt(n - 2)) && Character.isLowerCase(line.charAt(0));
			if (conjunction) {
				current.append(' ');
			}
			else if (softHyphen) {
				current.setLength(n - 1);
			}
			current.append(line);
		}
		else {
			current.append(' ').append(line);
		}
	}

}
