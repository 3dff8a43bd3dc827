package se.arshjul.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.BitSet;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import se.arshjul.rendering.Tjansteutlatande.Adoption;
import se.arshjul.rendering.Tjansteutlatande.Section;

/**
 * Writes a {@link Tjansteutlatande} as the XML that tjansteutlatande.xsl reads. Every
 * piece of user text goes through {@link #clean} and
 * {@link XMLStreamWriter#writeCharacters}, so it is escaped text, never markup; and
 * through {@link #breakLongWords}, so that no word can run past the margin.
 */
final class TjansteutlatandeXml {

	/**
	 * Shown instead of a character the embedded fonts cannot draw (an emoji, say): WHITE
	 * SQUARE. Not U+FFFD, which the Liberation fonts lack. FOP must never meet a
	 * character without a glyph: it would draw .notdef, which PDF/A forbids (ISO 19005-2,
	 * 6.2.11.8).
	 */
	static final int REPLACEMENT = 0x25A1;

	/**
	 * ZERO WIDTH SPACE: an invisible break opportunity. FOP may break the line there and
	 * draws nothing for it (the fonts have an empty glyph for it all the same).
	 */
	static final int BREAK = 0x200B;

	/** Words longer than this many characters get break opportunities ... */
	static final int LONG_WORD = 30;

	/** ... at most this many characters apart. */
	static final int BREAK_EVERY = 15;

	/**
	 * The fonts the stylesheet sets text in (font-family Liberation Serif and Liberation
	 * Sans), as named in fop.xconf. A character is kept only if every one of them has a
	 * glyph for it.
	 */
	static final List<String> FONTS = List.of("LiberationSerif-Regular", "LiberationSerif-Bold",
			"LiberationSerif-Italic", "LiberationSerif-BoldItalic", "LiberationSans-Regular", "LiberationSans-Bold",
			"LiberationSans-Italic", "LiberationSans-BoldItalic");

	private static final String FONT_DIRECTORY = "com/mpobjects/jasperreports/fonts/liberation/";

	private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");

	private TjansteutlatandeXml() {
	}

	static byte[] write(Tjansteutlatande document) throws XMLStreamException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(8 * 1024);
		XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
		try {
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("tjansteutlatande");
			xml.writeAttribute("draft", Boolean.toString(document.draft()));
			element(xml, "administration", document.administrationName());
			element(xml, "unit", document.unitName());
			element(xml, "dnr", document.dnr());
			element(xml, "date", format(document.date()));
			xml.writeStartElement("handler");
			element(xml, "name", document.handlerName());
			if (hasText(document.handlerPhone())) {
				element(xml, "phone", document.handlerPhone());
			}
			xml.writeEndElement();
			element(xml, "to", document.to());
			element(xml, "title", document.title());
			if (hasText(document.proposal())) {
				xml.writeStartElement("proposal");
				// a proposal is typed as lines ("1. Nämnden fastställer ...", "2. ..."):
				// one paragraph each
				for (String line : clean(document.proposal()).split("\n")) {
					if (hasText(line)) {
						element(xml, "paragraph", line.strip());
					}
				}
				xml.writeEndElement();
			}
			if (document.plan() != null) {
				PlanXml.write(xml, document.plan(), document.effectiveKind());
			}
			for (Section section : document.sections()) {
				if (section != null) {
					writeSection(xml, section);
				}
			}
			if (document.adoption() != null) {
				writeAdoption(xml, document.adoption());
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.flush();
		}
		finally {
			xml.close();
		}
		return out.toByteArray();
	}

	private static void writeSection(XMLStreamWriter xml, Section section) throws XMLStreamException {
		xml.writeStartElement("section");
		if (hasText(section.heading())) {
			element(xml, "heading", section.heading());
		}
		for (String paragraph : section.paragraphs()) {
			if (hasText(paragraph)) {
				element(xml, "paragraph", paragraph.strip());
			}
		}
		xml.writeEndElement();
	}

	private static void writeAdoption(XMLStreamWriter xml, Adoption adoption) throws XMLStreamException {
		xml.writeStartElement("adoption");
		element(xml, "board", adoption.boardName());
		element(xml, "meeting-date", format(adoption.meetingDate()));
		element(xml, "paragraph", adoption.paragraph());
		xml.writeEndElement();
	}

	static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(breakLongWords(clean(text)));
		xml.writeEndElement();
	}

	/**
	 * An element whose text is set in a table column: long words broken for that column's
	 * width.
	 */
	static void element(XMLStreamWriter xml, String name, String text, int longWord, int every)
			throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(breakLongWords(clean(text), longWord, every));
		xml.writeEndElement();
	}

	static String format(LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	static boolean hasText(String text) {
		return text != null && !clean(text).isBlank();
	}

	/**
	 * User text made safe for XML 1.0 and for the fonts: line breaks normalised to
	 * {@code \n}; control characters (C0 except tab and line feed, DEL, C1), unpaired
	 * surrogates and the non-characters U+FFFE and U+FFFF removed; and every character
	 * the embedded fonts have no glyph for replaced by □ ({@link #REPLACEMENT}), e.g. an
	 * emoji. A character sequence that makes one emoji (modifiers, variation selectors,
	 * ZWJ sequences, flags) becomes one □; invisible format characters without a glyph
	 * (BOM, LRM, word joiner) are dropped, spaces without one become a space.
	 * {@code null} becomes the empty string.
	 */
	static String clean(String text) {
		if (text == null) {
			return "";
		}
		String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
		StringBuilder out = new StringBuilder(normalised.length());
		boolean inReplacement = false; // the last character written was a □ for an
										// unknown glyph
		boolean joined = false; // ... followed by a ZWJ or a first regional indicator
		for (int i = 0; i < normalised.length();) {
			int c = normalised.codePointAt(i);
			i += Character.charCount(c);
			if (!isAllowed(c)) {
				continue;
			}
			if (inReplacement && (extendsCluster(c) || (joined && !Glyphs.has(c)))) {
				// part of the emoji already shown as □ (the fonts have ZWJ and some
				// marks, but
				// they mean nothing after a □)
				joined = (c == 0x200D) || (isRegionalIndicator(c) && !joined);
			}
			else if (c == '\t' || c == '\n' || Glyphs.has(c)) {
				out.appendCodePoint(c);
				inReplacement = false;
				joined = false;
			}
			else if (c == 0x2028 || c == 0x2029) {
				out.append('\n'); // line and paragraph separator
				inReplacement = false;
			}
			else if (Character.getType(c) == Character.SPACE_SEPARATOR) {
				out.append(' ');
				inReplacement = false;
			}
			else if (Character.getType(c) == Character.FORMAT || isVariationSelector(c)) {
				// invisible anyway: byte order mark, direction marks, word joiner, ZWJ,
				// the
				// emoji/text presentation selectors after a character the fonts do have,
				// ...
			}
			else {
				out.appendCodePoint(REPLACEMENT);
				inReplacement = true;
				joined = isRegionalIndicator(c); // a flag is two regional indicators
			}
		}
		return out.toString();
	}

	private static boolean isAllowed(int c) {
		if (c == '\t' || c == '\n') {
			return true;
		}
		if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
			return false;
		}
		if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
			return false; // codePointAt() yields an unpaired surrogate as itself
		}
		return c != 0xFFFE && c != 0xFFFF;
	}

	/**
	 * Continues the character before it: a mark, ZWJ, variation selector, skin tone or
	 * tag.
	 */
	private static boolean extendsCluster(int c) {
		int type = Character.getType(c);
		return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
				|| type == Character.COMBINING_SPACING_MARK || c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F)
				|| (c >= 0x1F3FB && c <= 0x1F3FF) || (c >= 0xE0000 && c <= 0xE0FFF);
	}

	private static boolean isVariationSelector(int c) {
		return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
	}

	private static boolean isRegionalIndicator(int c) {
		return c >= 0x1F1E6 && c <= 0x1F1FF;
	}

	/**
	 * Lets long words wrap: in every run of more than {@link #LONG_WORD} non-space
	 * characters (a URL, a file path, a long compound, a keyboard held down) an invisible
	 * break opportunity ({@link #BREAK}) goes after each slash, backslash, underscore,
	 * full stop, comma, semicolon, colon, ampersand, equals sign and question mark, and
	 * otherwise at least every {@link #BREAK_EVERY} characters, never before a combining
	 * mark. Shorter words are left alone: they fit on a line, and FOP breaks at spaces
	 * and after hyphens by itself.
	 * @param text text that went through {@link #clean}
	 */
	static String breakLongWords(String text) {
		return breakLongWords(text, LONG_WORD, BREAK_EVERY);
	}

	/**
	 * As {@link #breakLongWords(String)}, for a narrower measure (a table column): words
	 * longer than {@code longWord} characters get break opportunities at most
	 * {@code every} characters apart.
	 */
	static String breakLongWords(String text, int longWord, int every) {
		StringBuilder out = null;
		int wordStart = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i == text.length() || isSpace(text.charAt(i))) {
				if (text.codePointCount(wordStart, i) > longWord) {
					if (out == null) {
						out = new StringBuilder(text.length() + 16).append(text, 0, wordStart);
					}
					appendBroken(out, text, wordStart, i, every);
				}
				else if (out != null) {
					out.append(text, wordStart, i);
				}
				if (i < text.length() && out != null) {
					out.append(text.charAt(i));
				}
				wordStart = i + 1;
			}
		}
		return (out != null) ? out.toString() : text;
	}

	private static void appendBroken(StringBuilder out, String text, int start, int end, int every) {
		int sinceBreak = 0;
		for (int i = start; i < end;) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			if (c == BREAK) {
				sinceBreak = 0;
			}
			else if (sinceBreak >= every && !extendsCluster(c)) {
				out.appendCodePoint(BREAK);
				sinceBreak = 0;
			}
			out.appendCodePoint(c);
			sinceBreak++;
			if (i < end && "/\\_.,;:&=?".indexOf(c) >= 0 && c != BREAK) {
				out.appendCodePoint(BREAK);
				sinceBreak = 0;
			}
		}
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\n' || c == '\t';
	}

	/**
	 * The characters that all {@link #FONTS} have a glyph for; read once from their
	 * cmaps.
	 */
	static final class Glyphs {

		private static final BitSet COMMON = load();

		private Glyphs() {
		}

		static boolean has(int c) {
			return COMMON.get(c);
		}

		private static BitSet load() {
			ClassLoader classLoader = TjansteutlatandeXml.class.getClassLoader();
			BitSet common = null;
			for (String font : FONTS) {
				String resource = FONT_DIRECTORY + font + ".ttf";
				try (InputStream in = classLoader.getResourceAsStream(resource)) {
					if (in == null) {
						throw new IllegalStateException("Missing font " + resource);
					}
					BitSet covered = new BitSet(0x10000);
					try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
						CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
						for (int glyph = 1; glyph < ttf.getNumberOfGlyphs(); glyph++) {
							List<Integer> codes = cmap.getCharCodes(glyph);
							if (codes != null) {
								codes.forEach(covered::set);
							}
						}
					}
					if (common == null) {
						common = covered;
					}
					else {
						common.and(covered);
					}
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Could not read the cmap of " + resource, ex);
				}
			}
			if (common == null || !common.get(REPLACEMENT) || !common.get(BREAK)) {
				throw new IllegalStateException("The fonts " + FONTS + " lack U+25A1 or U+200B");
			}
			return common;
		}

	}

}
