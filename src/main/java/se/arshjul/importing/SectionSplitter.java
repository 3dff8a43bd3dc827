package se.arshjul.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits cleaned lines into the letterhead (everything before the first heading or table)
 * and the body as blocks: headings, text and tables. The table of contents is skipped,
 * since its entries repeat the headings with page numbers.
 */
final class SectionSplitter {

	/** The letterhead lines and the body's blocks. */
	record Split(List<String> letterhead, List<Block> blocks) {
	}

	/**
	 * "Inledning 3", "Uppföljning av ekonomi..... 11", "2.1 Energianvändningen är hållbar
	 * 4".
	 */
	private static final Pattern TOC_ENTRY = Pattern.compile("^.*\\S(\\t+|\\s*\\.{2,}\\s*|\\s+)\\d{1,3}$");

	private SectionSplitter() {
	}

	static Split split(List<String> lines) {
		int i = 0;
		List<String> letterhead = new ArrayList<>();
		while (i < lines.size() && !startsBody(lines.get(i))) {
			letterhead.add(lines.get(i));
			i++;
		}
		List<Block> blocks = new ArrayList<>();
		List<String> text = new ArrayList<>();
		while (i < lines.size()) {
			String line = lines.get(i);
			Block.Heading heading = HeadingKind.classify(line);
			TableKind table = (heading == null) ? TableKind.ofHeader(line) : null;
			if (heading != null) {
				flush(text, blocks);
				i = (heading.kind() == HeadingKind.TABLE_OF_CONTENTS) ? skipTableOfContents(lines, i + 1) : i + 1;
				if (heading.kind() != HeadingKind.TABLE_OF_CONTENTS) {
					blocks.add(heading);
				}
			}
			else if (table != null) {
				flush(text, blocks);
				i = readTable(table, lines, i, blocks);
			}
			else {
				text.add(line);
				i++;
			}
		}
		flush(text, blocks);
		return new Split(letterhead, blocks);
	}

	private static boolean startsBody(String line) {
		return HeadingKind.classify(line) != null || TableKind.ofHeader(line) != null;
	}

	private static int skipTableOfContents(List<String> lines, int from) {
		int i = from;
		while (i < lines.size() && (lines.get(i).isBlank() || TOC_ENTRY.matcher(lines.get(i).strip()).matches())) {
			i++;
		}
		return i;
	}

	/**
	 * A tabbed table runs while its lines hold tabs; a table in PDF text, whose rows wrap
	 * over several lines, runs to the next heading or table.
	 */
	private static int readTable(TableKind kind, List<String> lines, int headerIndex, List<Block> blocks) {
		String header = lines.get(headerIndex);
		boolean tabbed = header.contains("\t");
		List<String> rows = new ArrayList<>();
		int i = headerIndex + 1;
		while (i < lines.size()) {
			String line = lines.get(i);
			boolean belongs = tabbed ? line.contains("\t") && TableKind.ofHeader(line) == null
					: HeadingKind.classify(line) == null && TableKind.ofHeader(line) == null;
			if (!belongs) {
				break;
			}
			rows.add(line);
			i++;
		}
		blocks.add(new Block.Table(kind, header, rows, tabbed));
		return i;
	}

	private static void flush(List<String> text, List<Block> blocks) {
		if (text.stream().anyMatch((line) -> !line.isBlank())) {
			blocks.add(new Block.Text(List.copyOf(text)));
		}
		text.clear();
	}

}
