package se.arshjul.rendering;

import java.time.LocalDate;
import java.util.List;

import se.arshjul.plan.DocumentKind;
import se.arshjul.plan.PlanContent;

/**
 * What a tjänsteutlåtande shows, independent of how a plan document is stored. The
 * renderer turns it into XML, then XSL-FO, then PDF.
 *
 * @param administrationName the förvaltning, e.g. "Hägersten-Liljeholmens
 * stadsdelsförvaltning"
 * @param unitName the enhet, e.g. "Assistansenheten"
 * @param dnr registration number, e.g. "534-2026-1.1"
 * @param date the date of the tjänsteutlåtande
 * @param handlerName handläggare
 * @param handlerPhone handläggare's phone, may be null
 * @param to "Till", e.g. "Hägersten-Liljeholmens stadsdelsnämnd"
 * @param title e.g. "Verksamhetsplan 2027 för Assistansenheten"
 * @param proposal "Förslag till beslut", may be null
 * @param sections the body, in order; with a plan, headed text shown after the plan's
 * Övriga frågor
 * @param adoption the board's decision, null while not adopted
 * @param draft true for a preview: watermarked "Utkast"
 * @param plan the plan's content, laid out as the seeds show it (table of contents,
 * Inledning, the goal cascade with its tables, Ekonomi, Övriga frågor, Bilagor); null for
 * a document made of {@code sections} alone
 * @param kind which of the year's documents the plan is: a VP, or a follow-up (T1, T2,
 * VB) whose tables get the outcome columns; null is read as VP
 */
public record Tjansteutlatande(String administrationName, String unitName, String dnr, LocalDate date,
		String handlerName, String handlerPhone, String to, String title, String proposal, List<Section> sections,
		Adoption adoption, boolean draft, PlanContent plan, DocumentKind kind) {

	public Tjansteutlatande {
		sections = sections == null ? List.of() : List.copyOf(sections);
	}

	/** A document without a plan: its body is {@code sections}. */
	public Tjansteutlatande(String administrationName, String unitName, String dnr, LocalDate date, String handlerName,
			String handlerPhone, String to, String title, String proposal, List<Section> sections, Adoption adoption,
			boolean draft) {
		this(administrationName, unitName, dnr, date, handlerName, handlerPhone, to, title, proposal, sections,
				adoption, draft, null, null);
	}

	/** The kind the plan is laid out as: {@link #kind()}, or VP when none is given. */
	public DocumentKind effectiveKind() {
		return (this.kind != null) ? this.kind : DocumentKind.VP;
	}

	/** A headed part of the body; each paragraph is plain text, never markup. */
	public record Section(String heading, List<String> paragraphs) {

		public Section {
			paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
		}

	}

	/**
	 * The board's decision on the document.
	 *
	 * @param boardName the nämnd, e.g. "Hägersten-Liljeholmens stadsdelsnämnd"
	 * @param meetingDate the meeting's date
	 * @param paragraph the protocol paragraph, e.g. "§ 12"
	 */
	public record Adoption(String boardName, LocalDate meetingDate, String paragraph) {
	}

}
