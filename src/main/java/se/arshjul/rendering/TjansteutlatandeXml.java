package se.arshjul.rendering;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import se.arshjul.rendering.Tjansteutlatande.Adoption;
import se.arshjul.rendering.Tjansteutlatande.Section;

/**
 * Writes a {@link Tjansteutlatande} as the XML that tjansteutlatande.xsl reads. Every piece of
 * user text goes through {@link #clean} and {@link XMLStreamWriter#writeCharacters}, so it is
 * escaped text, never markup.
 */
final class TjansteutlatandeXml {

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
				// a proposal is typed as lines ("1. Nämnden fastställer ...", "2. ..."): one paragraph each
				for (String line : clean(document.proposal()).split("\n")) {
					if (hasText(line)) {
						element(xml, "paragraph", line.strip());
					}
				}
				xml.writeEndElement();
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

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(clean(text));
		xml.writeEndElement();
	}

	private static String format(LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	private static boolean hasText(String text) {
		return text != null && !clean(text).isBlank();
	}

	/**
	 * User text made safe for XML 1.0 and the PDF: line breaks normalised to {@code \n}, and
	 * control characters (C0 except tab and line feed, DEL, C1), unpaired surrogates and the
	 * non-characters U+FFFE and U+FFFF removed. {@code null} becomes the empty string.
	 */
	static String clean(String text) {
		if (text == null) {
			return "";
		}
		String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
		StringBuilder out = new StringBuilder(normalised.length());
		normalised.codePoints().filter(TjansteutlatandeXml::isAllowed).forEach(out::appendCodePoint);
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
			return false; // codePoints() yields an unpaired surrogate as itself
		}
		return c != 0xFFFE && c != 0xFFFF;
	}

}
