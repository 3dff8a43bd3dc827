package se.arshjul.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * A free-text field being filled paragraph by paragraph; paragraphs are separated by a
 * blank line.
 */
final class TextField {

	private final List<String> paragraphs = new ArrayList<>();

	void add(List<String> more) {
		this.paragraphs.addAll(more);
	}

	void add(String paragraph) {
		if (paragraph != null && !paragraph.isBlank()) {
			this.paragraphs.add(paragraph.strip());
		}
	}

	boolean isEmpty() {
		return this.paragraphs.isEmpty();
	}

	List<String> paragraphs() {
		return this.paragraphs;
	}

	/** The text, or null if nothing was written. */
	String value() {
		return this.paragraphs.isEmpty() ? null : String.join("\n\n", this.paragraphs);
	}

	/** The first paragraph, as a title; null if none. */
	String first() {
		return this.paragraphs.isEmpty() ? null : this.paragraphs.get(0);
	}

	/** The paragraphs after the first. */
	List<String> rest() {
		return this.paragraphs.isEmpty() ? List.of() : this.paragraphs.subList(1, this.paragraphs.size());
	}

}
