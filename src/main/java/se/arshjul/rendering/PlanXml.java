package se.arshjul.rendering;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import se.arshjul.plan.Activity;
import se.arshjul.plan.Assessment;
import se.arshjul.plan.Attachment;
import se.arshjul.plan.BoardGoal;
import se.arshjul.plan.Budget;
import se.arshjul.plan.BudgetRow;
import se.arshjul.plan.CouncilGoal;
import se.arshjul.plan.DirectionGoal;
import se.arshjul.plan.DocumentKind;
import se.arshjul.plan.Indicator;
import se.arshjul.plan.Introduction;
import se.arshjul.plan.Outcome;
import se.arshjul.plan.PlanContent;
import se.arshjul.plan.Risk;
import se.arshjul.plan.SwedishAmount;
import se.arshjul.plan.UnitGoal;

/**
 * Writes a {@link PlanContent} into the tjänsteutlåtande's XML, as the {@code <plan>}
 * element that tjansteutlatande.xsl lays out as the seeds show it. Like the rest of the
 * document, all text goes through {@link TjansteutlatandeXml#element} (cleaned, long
 * words broken, escaped): it is never markup. Text with blank lines becomes one
 * {@code <paragraph>} per paragraph. The Swedish labels of headings and table columns are
 * the stylesheet's; the labels of the model's enums (Tertial, Genomförd, Uppfylls delvis)
 * come from the model.
 *
 * <pre>
 * &lt;plan kind="VP|T1|T2|VB" follow-up="true|false"&gt;
 *   &lt;introduction&gt;&lt;part name="vision|description|quality-work|staff-participation"&gt;&lt;paragraph/&gt;*&lt;/part&gt;*&lt;/introduction&gt;?
 *   &lt;direction-goal&gt;&lt;number/&gt;&lt;title/&gt;
 *     &lt;council-goal&gt;&lt;number/&gt;&lt;title/&gt;
 *       &lt;indicator&gt;&lt;name/&gt;&lt;unit-target/&gt;&lt;council-target/&gt;&lt;periodicity/&gt;
 *         &lt;period-outcome/&gt;&lt;outcome-women/&gt;&lt;outcome-men/&gt;&lt;forecast/&gt;&lt;reason-missing/&gt;&lt;/indicator&gt;*
 *       &lt;assessment&gt;&lt;level/&gt;?&lt;paragraph/&gt;*&lt;/assessment&gt;?
 *       &lt;board-goal&gt;&lt;title/&gt;&lt;expected-result&gt;&lt;paragraph/&gt;*&lt;/expected-result&gt;? &lt;description&gt;…&lt;/description&gt;?
 *         &lt;activity&gt;&lt;title/&gt;&lt;start/&gt;&lt;end/&gt;&lt;status/&gt;?&lt;analysis&gt;&lt;paragraph/&gt;*&lt;/analysis&gt;?&lt;/activity&gt;*
 *         &lt;assessment/&gt;?
 *         &lt;unit-goal&gt;&lt;title/&gt;&lt;part name="expected-result|working-methods|resources|follow-up|development"&gt;…&lt;/part&gt;*
 *           &lt;assessment/&gt;?&lt;/unit-goal&gt;*
 *   &lt;resource-use&gt;&lt;paragraph/&gt;*&lt;/resource-use&gt;?
 *   &lt;budget&gt;&lt;title/&gt;&lt;column/&gt;*&lt;row kind="INCOME|COST|SUM_INCOME|SUM_COST|NET"&gt;&lt;label/&gt;&lt;amount/&gt;*&lt;/row&gt;*&lt;/budget&gt;*
 *   &lt;other-matters&gt;&lt;paragraph/&gt;*&lt;/other-matters&gt;?
 *   &lt;other-section&gt;&lt;title/&gt;&lt;paragraph/&gt;*&lt;/other-section&gt;*
 *   &lt;internal-control results="true|false"&gt;&lt;risk&gt;&lt;what/&gt;&lt;probability/&gt;&lt;consequence/&gt;&lt;control/&gt;&lt;responsible/&gt;&lt;result/&gt;&lt;/risk&gt;*&lt;/internal-control&gt;?
 *   &lt;attachment&gt;&lt;title/&gt;&lt;paragraph/&gt;*&lt;/attachment&gt;*
 * &lt;/plan&gt;
 * </pre>
 */
final class PlanXml {

	/** A blank line (possibly holding spaces) separates paragraphs. */
	private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n[ \t\u00A0]*\n\\s*");

	/** Groups thousands in amounts: NO-BREAK SPACE, so that an amount never wraps. */
	static final char THOUSANDS = '\u00A0';

	/** MINUS SIGN, as Swedish tables write a negative amount. */
	static final char MINUS = '\u2212';

	/**
	 * How finely long words are broken in a table cell, by the width of its column (the
	 * stylesheet's columns): so that no word runs out of its cell, nor past the margin
	 * from the last column. A word breaks at these invisible opportunities only where it
	 * would not fit otherwise, as far as FOP can help it, so they are given only to words
	 * longer than a column of that width usually holds.
	 */
	enum Column {

		/** Indikator, Aktivitet, Risk, budget labels: 35 mm or more. */
		WIDE(20, 8),
		/** Kontroll, Ansvarig, Resultat, budget columns: 22 mm or more. */
		MEDIUM(16, 6),
		/** Targets, outcomes, periodicity, dates, status, ratings: 12 mm or more. */
		NARROW(8, 4);

		final int longWord;

		final int every;

		Column(int longWord, int every) {
			this.longWord = longWord;
			this.every = every;
		}

	}

	private PlanXml() {
	}

	private static void cell(XMLStreamWriter xml, String name, String text, Column column) throws XMLStreamException {
		TjansteutlatandeXml.element(xml, name, text, column.longWord, column.every);
	}

	static void write(XMLStreamWriter xml, PlanContent plan, DocumentKind kind) throws XMLStreamException {
		xml.writeStartElement("plan");
		xml.writeAttribute("kind", kind.name());
		xml.writeAttribute("follow-up", Boolean.toString(kind.followsUp()));
		introduction(xml, plan.introduction());
		for (DirectionGoal goal : plan.directionGoals()) {
			if (goal != null) {
				directionGoal(xml, goal);
			}
		}
		paragraphs(xml, "resource-use", plan.resourceUse());
		for (Budget budget : plan.budgets()) {
			if (budget != null) {
				budget(xml, budget);
			}
		}
		paragraphs(xml, "other-matters", plan.otherMatters());
		for (se.arshjul.plan.Section section : plan.otherSections()) {
			if (section != null && (hasText(section.title()) || hasText(section.text()))) {
				xml.writeStartElement("other-section");
				optional(xml, "title", section.title());
				paragraphList(xml, section.text());
				xml.writeEndElement();
			}
		}
		List<Risk> risks = plan.internalControl().stream().filter((risk) -> risk != null).toList();
		if (!risks.isEmpty()) {
			xml.writeStartElement("internal-control");
			xml.writeAttribute("results", Boolean.toString(risks.stream().anyMatch((risk) -> hasText(risk.result()))));
			for (Risk risk : risks) {
				risk(xml, risk);
			}
			xml.writeEndElement();
		}
		for (Attachment attachment : plan.attachments()) {
			if (attachment != null && (hasText(attachment.title()) || hasText(attachment.text()))) {
				xml.writeStartElement("attachment");
				optional(xml, "title", attachment.title());
				paragraphList(xml, attachment.text());
				xml.writeEndElement();
			}
		}
		xml.writeEndElement();
	}

	private static void introduction(XMLStreamWriter xml, Introduction introduction) throws XMLStreamException {
		if (introduction == null || !introduction.hasAnyText()) {
			return;
		}
		xml.writeStartElement("introduction");
		part(xml, "vision", introduction.vision());
		part(xml, "description", introduction.description());
		part(xml, "quality-work", introduction.qualityWork());
		part(xml, "staff-participation", introduction.staffParticipation());
		xml.writeEndElement();
	}

	private static void directionGoal(XMLStreamWriter xml, DirectionGoal goal) throws XMLStreamException {
		xml.writeStartElement("direction-goal");
		TjansteutlatandeXml.element(xml, "number", goal.number());
		TjansteutlatandeXml.element(xml, "title", goal.title());
		for (CouncilGoal councilGoal : goal.councilGoals()) {
			if (councilGoal != null) {
				councilGoal(xml, councilGoal);
			}
		}
		xml.writeEndElement();
	}

	private static void councilGoal(XMLStreamWriter xml, CouncilGoal goal) throws XMLStreamException {
		xml.writeStartElement("council-goal");
		TjansteutlatandeXml.element(xml, "number", goal.number());
		TjansteutlatandeXml.element(xml, "title", goal.title());
		for (Indicator indicator : goal.indicators()) {
			if (indicator != null) {
				indicator(xml, indicator);
			}
		}
		assessment(xml, goal.assessment());
		for (BoardGoal boardGoal : goal.boardGoals()) {
			if (boardGoal != null) {
				boardGoal(xml, boardGoal);
			}
		}
		xml.writeEndElement();
	}

	private static void indicator(XMLStreamWriter xml, Indicator indicator) throws XMLStreamException {
		xml.writeStartElement("indicator");
		cell(xml, "name", indicator.name(), Column.WIDE);
		cell(xml, "unit-target", indicator.unitTarget(), Column.NARROW);
		cell(xml, "council-target", indicator.councilTarget(), Column.NARROW);
		cell(xml, "periodicity", (indicator.periodicity() != null) ? indicator.periodicity().label() : null,
				Column.NARROW);
		Outcome outcome = indicator.outcome();
		if (outcome != null) {
			cell(xml, "period-outcome", outcome.periodOutcome(), Column.NARROW);
			cell(xml, "outcome-women", outcome.outcomeWomen(), Column.NARROW);
			cell(xml, "outcome-men", outcome.outcomeMen(), Column.NARROW);
			cell(xml, "forecast", outcome.forecastYear(), Column.NARROW);
			if (hasText(outcome.reasonMissing())) {
				cell(xml, "reason-missing", outcome.reasonMissing(), Column.NARROW);
			}
		}
		xml.writeEndElement();
	}

	private static void boardGoal(XMLStreamWriter xml, BoardGoal goal) throws XMLStreamException {
		xml.writeStartElement("board-goal");
		TjansteutlatandeXml.element(xml, "title", goal.title());
		paragraphs(xml, "expected-result", goal.expectedResult());
		paragraphs(xml, "description", goal.description());
		for (Activity activity : goal.activities()) {
			if (activity != null) {
				activity(xml, activity);
			}
		}
		assessment(xml, goal.assessment());
		for (UnitGoal unitGoal : goal.unitGoals()) {
			if (unitGoal != null) {
				unitGoal(xml, unitGoal);
			}
		}
		xml.writeEndElement();
	}

	private static void activity(XMLStreamWriter xml, Activity activity) throws XMLStreamException {
		xml.writeStartElement("activity");
		cell(xml, "title", activity.title(), Column.WIDE);
		cell(xml, "start", TjansteutlatandeXml.format(activity.startDate()), Column.NARROW);
		cell(xml, "end", TjansteutlatandeXml.format(activity.endDate()), Column.NARROW);
		if (activity.status() != null) {
			cell(xml, "status", activity.status().label(), Column.NARROW);
		}
		if (hasText(activity.analysis())) {
			xml.writeStartElement("analysis");
			for (String paragraph : PARAGRAPH_BREAK.split(TjansteutlatandeXml.clean(activity.analysis()))) {
				if (hasText(paragraph)) {
					cell(xml, "paragraph", paragraph.strip(), Column.WIDE);
				}
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

	private static void unitGoal(XMLStreamWriter xml, UnitGoal goal) throws XMLStreamException {
		xml.writeStartElement("unit-goal");
		TjansteutlatandeXml.element(xml, "title", goal.title());
		part(xml, "expected-result", goal.expectedResult());
		part(xml, "working-methods", goal.workingMethods());
		part(xml, "resources", goal.resources());
		part(xml, "follow-up", goal.followUp());
		part(xml, "development", goal.development());
		assessment(xml, goal.assessment());
		xml.writeEndElement();
	}

	private static void assessment(XMLStreamWriter xml, Assessment assessment) throws XMLStreamException {
		if (assessment == null || (assessment.level() == null && !hasText(assessment.analysis()))) {
			return;
		}
		xml.writeStartElement("assessment");
		if (assessment.level() != null) {
			TjansteutlatandeXml.element(xml, "level", assessment.level().label());
		}
		paragraphList(xml, assessment.analysis());
		xml.writeEndElement();
	}

	private static void budget(XMLStreamWriter xml, Budget budget) throws XMLStreamException {
		xml.writeStartElement("budget");
		TjansteutlatandeXml.element(xml, "title", budget.title());
		int columns = budget.columns().size();
		for (BudgetRow row : budget.rows()) {
			if (row != null) {
				columns = Math.max(columns, row.amounts().size());
			}
		}
		for (int i = 0; i < columns; i++) {
			cell(xml, "column", (i < budget.columns().size()) ? budget.columns().get(i) : null, Column.MEDIUM);
		}
		for (BudgetRow row : budget.rows()) {
			if (row == null) {
				continue;
			}
			xml.writeStartElement("row");
			xml.writeAttribute("kind", (row.kind() != null) ? row.kind().name() : "");
			cell(xml, "label", hasText(row.label()) ? row.label() : (row.kind() != null) ? row.kind().label() : null,
					Column.WIDE);
			for (int i = 0; i < columns; i++) {
				BigDecimal amount = row.amountIn(i);
				TjansteutlatandeXml.element(xml, "amount", (amount != null) ? amount(amount) : null);
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

	private static void risk(XMLStreamWriter xml, Risk risk) throws XMLStreamException {
		xml.writeStartElement("risk");
		cell(xml, "what", risk.risk(), Column.WIDE);
		cell(xml, "probability", (risk.probability() != null) ? risk.probability().toString() : null, Column.NARROW);
		cell(xml, "consequence", (risk.consequence() != null) ? risk.consequence().toString() : null, Column.NARROW);
		cell(xml, "control", risk.control(), Column.MEDIUM);
		cell(xml, "responsible", risk.responsible(), Column.MEDIUM);
		cell(xml, "result", risk.result(), Column.MEDIUM);
		xml.writeEndElement();
	}

	/** {@code <part name="...">} with the text's paragraphs, when it has any text. */
	private static void part(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		if (hasText(text)) {
			xml.writeStartElement("part");
			xml.writeAttribute("name", name);
			paragraphList(xml, text);
			xml.writeEndElement();
		}
	}

	/** {@code <element>} with the text's paragraphs, when it has any text. */
	private static void paragraphs(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
		if (hasText(text)) {
			xml.writeStartElement(element);
			paragraphList(xml, text);
			xml.writeEndElement();
		}
	}

	private static void paragraphList(XMLStreamWriter xml, String text) throws XMLStreamException {
		for (String paragraph : PARAGRAPH_BREAK.split(TjansteutlatandeXml.clean(text))) {
			if (hasText(paragraph)) {
				TjansteutlatandeXml.element(xml, "paragraph", paragraph.strip());
			}
		}
	}

	private static void optional(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		if (hasText(text)) {
			TjansteutlatandeXml.element(xml, name, text);
		}
	}

	private static boolean hasText(String text) {
		return TjansteutlatandeXml.hasText(text);
	}

	/**
	 * An amount in TKr as a Swedish table shows it: "21 457", "−3 571", "12,5", the
	 * thousands grouped by a no-break space ({@link #THOUSANDS}), a negative amount with
	 * a minus sign ({@link #MINUS}).
	 */
	static String amount(BigDecimal amount) {
		return SwedishAmount.format(amount, String.valueOf(THOUSANDS), String.valueOf(MINUS));
	}

}
