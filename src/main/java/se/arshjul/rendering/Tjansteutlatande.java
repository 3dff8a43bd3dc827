package se.arshjul.rendering;

import java.time.LocalDate;
import java.util.List;

/**
 * What a tjänsteutlåtande shows, independent of how a plan document is stored. The renderer
 * turns it into XML, then XSL-FO, then PDF.
 *
 * @param administrationName the förvaltning, e.g. "Hägersten-Liljeholmens stadsdelsförvaltning"
 * @param unitName the enhet, e.g. "Assistansenheten"
 * @param dnr registration number, e.g. "534-2026-1.1"
 * @param date the date of the tjänsteutlåtande
 * @param handlerName handläggare
 * @param handlerPhone handläggare's phone, may be null
 * @param to "Till", e.g. "Hägersten-Liljeholmens stadsdelsnämnd"
 * @param title e.g. "Verksamhetsplan 2027 för Assistansenheten"
 * @param proposal "Förslag till beslut", may be null
 * @param sections the body, in order
 * @param adoption the board's decision, null while not adopted
 * @param draft true for a preview: watermarked "Utkast"
 */
public record Tjansteutlatande(String administrationName, String unitName, String dnr, LocalDate date,
		String handlerName, String handlerPhone, String to, String title, String proposal, List<Section> sections,
		Adoption adoption, boolean draft) {

	public Tjansteutlatande {
		sections = sections == null ? List.of() : List.copyOf(sections);
	}

	/** A headed part of the body; each paragraph is plain text, never markup. */
	public record Section(String heading, List<String> paragraphs) {

		public Section {
			paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
		}

	}

	/**
	 * The board's decision on the document.
	 * @param boardName the nämnd, e.g. "Hägersten-Liljeholmens stadsdelsnämnd"
	 * @param meetingDate the meeting's date
	 * @param paragraph the protocol paragraph, e.g. "§ 12"
	 */
	public record Adoption(String boardName, LocalDate meetingDate, String paragraph) {
	}

}
