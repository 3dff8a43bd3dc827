package se.arshjul.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.arshjul.plan.PlanContent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same 2017 plan as extracted from its PDF: hard line breaks, blank lines between
 * wrapped lines, table cells separated by spaces and rows wrapped over several lines.
 */
class PdfTextVariantImportTest {

	private static final String BUDGET_AS_PDF_TEXT = String.join("\n", "Budget 2017 ", "", "Budgetår: 2017 ",
			"Enhet : Assistansenheten ", "Beloppen anges i TKr Budget ", "Intäkter ", "Taxor och avgifter 0 ",
			"Hysesintäkter 0 ", "Bidrag 16 966 ", "Försäljning 4 491 ", "Övriga externa intäkter 0 ",
			"Summa intäkter 21 457 ", "Kostnader ", "Personalkostnader 20 709 ", "Övriga personalkostnader 59 ",
			"Lokalkostnader 160 ", "Entreprenader och köp av verksamhet 136 ", "Övriga kostnader 393 ",
			"Summa kostnader 21 457 ", "Summa netto 0 ", "");

	private final PlanImporter importer = new PlanImporter();

	private final PlanContent exported = this.importer.parse(Seeds.read(Seeds.VP_2017)).content();

	@Test
	void givesTheSameGoalsIndicatorsActivitiesAndEnhetsmalAsTheExport() {
		ImportResult pdf = this.importer.parse(Seeds.read(Seeds.VP_2017_PDF_TEXT));

		assertThat(Structure.goals(pdf.content())).isEqualTo(Structure.goals(this.exported));
		assertThat(pdf.content().introduction().staffParticipation())
			.isEqualTo(this.exported.introduction().staffParticipation());
		assertThat(pdf.content().resourceUse()).isEqualTo(this.exported.resourceUse());
		assertThat(pdf.content().otherMatters()).isEqualTo(this.exported.otherMatters());
		assertThat(pdf.content().otherSections()).isEmpty();
	}

	@Test
	void joinsHardWrappedTitlesAndTableRowsBackTogether() {
		PlanContent pdf = this.importer.parse(Seeds.read(Seeds.VP_2017_PDF_TEXT)).content();

		assertThat(pdf.directionGoals().get(2).councilGoals().get(2).title()).isEqualTo(
				"Stockholm är en stad som lever upp till mänskliga rättigheter och är fritt från diskriminering");
		assertThat(pdf.directionGoals().get(2).councilGoals().get(5).indicators().get(0).name())
			.isEqualTo("Andel personer med funktionsnedsättning som upplever att de blir väl bemötta av stadens "
					+ "personal (stöd och service till personer med funktionsnedsättning)");
		assertThat(pdf.directionGoals().get(2).councilGoals().get(1).indicators().get(0).councilTarget())
			.isEqualTo("tas fram av nämnden");
	}

	/**
	 * The seed's PDF text has the heading "Budget 2017" but lost the table itself: that
	 * is said, not hidden.
	 */
	@Test
	void warnsThatTheBudgetHeadingHasNoTableWhenThePdfTextLostIt() {
		ImportResult pdf = this.importer.parse(Seeds.read(Seeds.VP_2017_PDF_TEXT));

		assertThat(pdf.content().budgets()).isEmpty();
		assertThat(pdf.warnings())
			.containsExactly("Under rubriken ”Budget 2017” finns ingen budgettabell i texten; ingen budget kunde läsas "
					+ "därifrån");
		assertThat(pdf.year()).as("from the heading Budget 2017").isEqualTo(2017);
	}

	@Test
	void withPageFurnitureAndTheBudgetTableGivesTheSameStructureAndBudgetAsTheExport() {
		ImportResult pdf = this.importer.parse(withPageFurniture(withBudgetTable(Seeds.read(Seeds.VP_2017_PDF_TEXT))));

		assertThat(Structure.goals(pdf.content())).isEqualTo(Structure.goals(this.exported));
		assertThat(pdf.content().budgets()).isEqualTo(this.exported.budgets());
		assertThat(pdf.content().otherSections()).isEmpty();
		assertThat(pdf.warnings()).isEmpty();
		assertThat(pdf.dnr()).isEqualTo("534-2016-1.1");
		assertThat(pdf.unitName()).isEqualTo("Assistansenheten");
		assertThat(pdf.content().toString()).doesNotContain("Sid 2 (12)", "Dnr", "Tjänsteutlåtande");
		assertThat(pdf.content().toString().split("Hägersten-Liljeholmens stadsdelsförvaltning", -1))
			.as("the running header is gone, the same words in the text stay")
			.hasSameSizeAs(this.exported.toString().split("Hägersten-Liljeholmens stadsdelsförvaltning", -1));
	}

	private static String withBudgetTable(String pdfText) {
		String withTable = pdfText.replaceFirst("(?m)^ ?Budget 2017 *$", BUDGET_AS_PDF_TEXT);
		assertThat(withTable).isNotEqualTo(pdfText);
		return withTable;
	}

	/**
	 * A running header and footer every 40 lines, as a PDF has them, often in the middle
	 * of a paragraph.
	 */
	private static String withPageFurniture(String pdfText) {
		List<String> lines = new ArrayList<>(Arrays.asList(pdfText.split("\n", -1)));
		List<String> paged = new ArrayList<>();
		int page = 1;
		for (int i = 0; i < lines.size(); i++) {
			if (i % 40 == 0) {
				page++;
				paged.addAll(List.of("Sid " + page + " (12)", "", "Hägersten-Liljeholmens stadsdelsförvaltning",
						"Tjänsteutlåtande", "Dnr 534-2016-1.1"));
			}
			paged.add(lines.get(i));
		}
		return "Assistansenheten\n\nTjänsteutlåtande\nDnr: 534-2016-1.1\nSid 1 (12)\n\n"
				+ "Verksamhetsplan 2017 för Assistansenheten\n\n" + String.join("\n", paged);
	}

}
