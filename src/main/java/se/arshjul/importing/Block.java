package se.arshjul.importing;

import java.util.List;

/** A piece of the plan's body: a heading, a run of text lines, or a table. */
sealed interface Block {

	/**
	 * A recognised heading.
	 *
	 * @param kind which heading
	 * @param text as written, without a trailing colon
	 * @param number a number written in the heading, e.g. "1" of "KF:S INRIKTNINGSMÅL
	 * 1:"; null if none
	 * @param inline text following the heading on the same line, e.g. a goal's title;
	 * null if none
	 */
	record Heading(HeadingKind kind, String text, String number, String inline) implements Block {
	}

	/** Lines of text as they stand, blank lines as empty strings. */
	record Text(List<String> lines) implements Block {
	}

	/**
	 * A table.
	 *
	 * @param kind which table
	 * @param header its header line
	 * @param rows the lines after the header that belong to it
	 * @param tabbed whether cells are separated by tabs (the export) or only by spaces
	 * (PDF text)
	 */
	record Table(TableKind kind, String header, List<String> rows, boolean tabbed) implements Block {
	}

}
