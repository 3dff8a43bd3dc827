package se.arshjul.rendering;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.arshjul.plan.Assistansenheten2017;
import se.arshjul.plan.Activity;
import se.arshjul.plan.ActivityStatus;
import se.arshjul.plan.Assessment;
import se.arshjul.plan.BoardGoal;
import se.arshjul.plan.Budget;
import se.arshjul.plan.BudgetRow;
import se.arshjul.plan.CouncilGoal;
import se.arshjul.plan.DirectionGoal;
import se.arshjul.plan.DocumentKind;
import se.arshjul.plan.GoalFulfilment;
import se.arshjul.plan.Indicator;
import se.arshjul.plan.Outcome;
import se.arshjul.plan.Periodicity;
import se.arshjul.plan.PlanContent;
import se.arshjul.plan.Risk;
import se.arshjul.plan.UnitGoal;
import se.arshjul.rendering.Tjansteutlatande.Adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static se.arshjul.rendering.TjansteutlatandeRendererTest.assertInsideMargins;
import static se.arshjul.rendering.TjansteutlatandeRendererTest.load;
import static se.arshjul.rendering.TjansteutlatandeRendererTest.text;

/**
 * Renders the 2017 Assistansenheten plan (the seed, as transcribed in the plan package's
 * fixture) as a VP, and follow-ups derived from it as a T1 and a VB, through the real
 * stylesheet, FOP and veraPDF (the renderer throws on a PDF that is not PDF/A-2a and
 * PDF/UA-1), and reads them back with PDFBox. Each document is rendered once for all
 * tests.
 */
public class PlanRenderingTest {

	private static final String ADMINISTRATION = "Hägersten-Liljeholmens stadsdelsförvaltning";

	private static final String BOARD = "Hägersten-Liljeholmens stadsdelsnämnd";

	private static final String DNR = "534-2016-1.1";

	private static final List<String> COUNCIL_GOALS = List.of("2.1 Energianvändningen är hållbar",
			"3.5 Stockholms stads ekonomi är långsiktigt hållbar",
			"4.1 Stockholm är en jämställd stad där makt och resurser fördelas lika",
			"4.2 Stockholms stad är en bra arbetsgivare med goda arbetsvillkor",
			"4.3 Stockholm är en stad som lever upp till mänskliga rättigheter",
			"4.4 Stockholm är en stad som respekterar och lever upp till barnets",
			"4.5 Stockholm är en stad där ingen behöver vara rädd för våld",
			"4.6 Stockholm är en tillgänglig stad för alla");

	private static final List<String> DIRECTION_GOALS = List.of("2. Ett klimatsmart Stockholm",
			"3. Ett ekonomiskt hållbart Stockholm", "4. Ett demokratiskt hållbart Stockholm");

	private static final TjansteutlatandeRenderer renderer = TjansteutlatandeRendererTest.renderer;

	private static byte[] vp;

	private static byte[] vb;

	private static byte[] t1;

	private static byte[] t2;

	@BeforeAll
	static void render() {
		vp = renderer.render(document(vp2017(), DocumentKind.VP, "Verksamhetsplan 2017 för Assistansenheten"));
		vb = renderer.render(document(followUp(DocumentKind.VB), DocumentKind.VB,
				"Verksamhetsberättelse 2017 för Assistansenheten"));
		t1 = renderer
			.render(document(followUp(DocumentKind.T1), DocumentKind.T1, "Tertialrapport 1 2017 för Assistansenheten"));
		t2 = renderer
			.render(document(followUp(DocumentKind.T2), DocumentKind.T2, "Tertialrapport 2 2017 för Assistansenheten"));
	}

	// --- the VP

	@Test
	void hyphenatesLongSwedishWordsInTableCellsWithASoftHyphen() throws IOException {
		try (PDDocument pdf = load(vp)) {
			StringBuilder drawn = new StringBuilder();
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void processTextPosition(TextPosition text) {
					drawn.append(text.getUnicode());
					super.processTextPosition(text);
				}
			};
			stripper.getText(pdf);
			assertThat(drawn.toString()).as("the hyphens drawn where a cell's word was broken, all soft hyphens")
				.containsPattern("\\p{L}{3}\u00AD\\p{L}{3}")
				.doesNotContain("\u2010");
		}
	}

	@Test
	void rendersTheVpOverSeveralPagesWithSidXOfYAndTheDnrOnEveryPage() throws IOException {
		try (PDDocument pdf = load(vp)) {
			int pages = pdf.getNumberOfPages();
			assertThat(pages).isGreaterThan(3);
			assertThat(text(pdf, 1)).contains(ADMINISTRATION, "Assistansenheten", "Tjänsteutlåtande", "Dnr: " + DNR,
					"Sid 1 (" + pages + ")", "Handläggare: Hans Saarela", "Till: " + BOARD,
					"Verksamhetsplan 2017 för Assistansenheten", "Förslag till beslut");
			assertThat(text(pdf, pages)).contains("Sid " + pages + " (" + pages + ")");
			for (int page = 1; page <= pages; page++) {
				assertThat(text(pdf, page)).as("page %d", page)
					.contains("Dnr: " + DNR, "Sid " + page + " (" + pages + ")");
			}
		}
	}

	@Test
	void rendersEveryGoalOfTheCascadeWithItsLabelAsTheSeedDoes() throws IOException {
		try (PDDocument pdf = load(vp)) {
			String body = body(pdf);
			for (String goal : DIRECTION_GOALS) {
				assertThat(body).contains("KF:s inriktningsmål:\n" + goal);
			}
			for (String goal : COUNCIL_GOALS) {
				assertThat(body).contains("KF:s mål för verksamhetsområdet:\n" + goal);
			}
			assertThat(body).contains("Nämndmål:\nStadsdelsnämndens verksamheter har en långsiktigt hållbar ekonomi",
					"Enhetsmål:\nVerksamheten är kostnadseffektiv.", "Förväntat resultat\n", "Arbetssätt\n",
					"Uppföljning\n", "Utveckling\n");
			assertThat(body.indexOf("\n2.1 ")).isLessThan(body.indexOf("\n3.5 "));
			assertThat(body.indexOf("\n3.5 ")).isLessThan(body.indexOf("\n4.6 "));
		}
	}

	@Test
	void rendersTheInledningWithItsFourParts() throws IOException {
		try (PDDocument pdf = load(vp)) {
			String body = body(pdf);
			assertThat(body).contains("Inledning\nVerksamhetsidé och värdegrund\nAssistansenheten utför alltid",
					"\nVerksamhetsbeskrivning\n", "\nKvalitets- och utvecklingsarbete\n",
					"\nMedarbetarnas delaktighet\n", "APT den 14 november 2016.");
		}
	}

	@Test
	void rendersIndicatorRowsWithTheirValuesUnderTheirHeaders() throws IOException {
		try (PDDocument pdf = load(vp)) {
			List<String> lines = lines(rows(pdf));
			assertThat(lines).contains("Indikator Årsmål KF:s årsmål Periodicitet");
			assertThat(line(lines, "Sjukfrånvaro ")).contains("Sjukfrånvaro 7 % tas fram av", "Tertial");
			assertThat(line(lines, "Sjukfrånvaro dag 1-14")).contains("2,5 %", "Tertial");
			assertThat(line(lines, "Nämndens budgetföljsamhet")).endsWith("100 % 100 % Tertial");
			assertThat(String.join("\n", lines)).contains("65 % Fastställs")
				.doesNotContain("Periodens utfall", "Prognos helår");
		}
	}

	@Test
	void rendersActivitiesWithTheirDates() throws IOException {
		try (PDDocument pdf = load(vp)) {
			List<String> lines = lines(rows(pdf));
			assertThat(lines).contains("Aktivitet Startdatum Slutdatum");
			assertThat(line(lines, "Allmän visstidsanställning"))
				.isEqualTo("Allmän visstidsanställning ska användas i minskad omfattning. 2017-01-01 2017-12-31");
			assertThat(line(lines, "Nyrekrytering av deltidsanställda")).contains("2014-01-01 2017-12-31");
			assertThat(String.join("\n", lines)).doesNotContain("Genomförd", "Avvikelse");
		}
	}

	@Test
	void rendersTheBudgetRightAlignedWithGroupedThousandsAndSumsInBold() throws IOException {
		try (PDDocument pdf = load(vp)) {
			List<String> lines = lines(body(pdf));
			assertThat(lines).contains("Budget 2017", "TKr Budget", "Bidrag 16 966", "Försäljning 4 491",
					"Summa intäkter 21 457", "Personalkostnader 20 709", "Summa kostnader 21 457", "Summa netto 0");
			List<Glyph> amounts = glyphs(pdf, "21 457", "16 966", "4 491", "20 709", "59");
			assertThat(amounts).hasSizeGreaterThanOrEqualTo(6);
			float right = amounts.get(0).right();
			assertThat(amounts).as("amounts right-aligned in their column")
				.allSatisfy((amount) -> assertThat(amount.right()).isCloseTo(right,
						org.assertj.core.data.Offset.offset(1f)));
			assertThat(glyphs(pdf, "21 457")).as("the sums in bold")
				.allSatisfy((sum) -> assertThat(sum.font()).contains("Bold"));
			assertThat(glyphs(pdf, "16 966")).allSatisfy((amount) -> assertThat(amount.font()).doesNotContain("Bold"));
		}
	}

	@Test
	void rendersResursanvandningOvrigaFragorBilagorAndTheDecisionInTheSeedsOrder() throws IOException {
		try (PDDocument pdf = load(vp)) {
			String body = body(pdf);
			List<String> order = List.of("\nUppföljning av ekonomi\nResursanvändning\nPå kontoret finns källsortering",
					"\nBudget 2017\n", "\nÖvriga frågor\nEnheten tar tacksamt emot klagomål", "\nBilagor\n",
					"\nInternkontrollplan med väsentlighets- och riskanalys\nRisk Sannolikhet Konsekvens Kontroll Ansvarig\n",
					"\nBeslut\n" + BOARD + " fastställde dokumentet vid sammanträdet 2016-12-13, § 15.");
			int previous = -1;
			for (String part : order) {
				int at = body.indexOf(part);
				assertThat(at).as(part).isGreaterThan(previous);
				previous = at;
			}
			List<String> lines = lines(rows(pdf));
			assertThat(lines).contains("1. Internkontrollplan med väsentlighets- och riskanalys",
					"2. Plan for internkontroll med väsentlighets- och riskanalys 2017");
			assertThat(line(lines, "Utbetalning av ersättning")).contains("3 4 Stickprov");
		}
	}

	@Test
	void listsTheHeadingsInTheTableOfContentsWithThePagesTheyAreOn() throws IOException {
		try (PDDocument pdf = load(vp)) {
			Toc toc = toc(pdf);
			List<String> entries = new ArrayList<>();
			entries.add("Inledning");
			for (String direction : DIRECTION_GOALS) {
				entries.add("KF:s inriktningsmål " + direction);
				COUNCIL_GOALS.stream().filter((goal) -> goal.charAt(0) == direction.charAt(0)).forEach(entries::add);
			}
			entries.addAll(List.of("Uppföljning av ekonomi", "Övriga frågor", "Bilagor", "Beslut"));
			int previousPage = toc.bodyStart();
			for (String entry : entries) {
				int printed = toc.pageOf(entry);
				String heading = entry.startsWith("KF:s inriktningsmål ")
						? "KF:s inriktningsmål:\n" + entry.substring("KF:s inriktningsmål ".length())
						: entry.matches("\\d\\.\\d .*") ? "KF:s mål för verksamhetsområdet:\n" + entry : entry;
				int actual = pageOfHeading(pdf, heading, toc.bodyStart());
				assertThat(printed).as("page of %s in the table of contents", entry).isEqualTo(actual);
				assertThat(actual).as("%s in order", entry).isGreaterThanOrEqualTo(previousPage);
				previousPage = actual;
			}
			assertThat(toc.bodyStart()).as("the body starts on a page of its own after the contents")
				.isGreaterThan(toc.start());
		}
	}

	@Test
	void bookmarksTheGoalCascade() throws IOException {
		try (PDDocument pdf = load(vp)) {
			List<String> top = new ArrayList<>();
			List<String> nested = new ArrayList<>();
			for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
				top.add(item.getTitle());
				item.children().forEach((child) -> nested.add(child.getTitle()));
			}
			assertThat(top).containsSubsequence("Verksamhetsplan 2017 för Assistansenheten", "Förslag till beslut",
					"Innehåll", "Inledning", "2. Ett klimatsmart Stockholm", "3. Ett ekonomiskt hållbart Stockholm",
					"4. Ett demokratiskt hållbart Stockholm", "Uppföljning av ekonomi", "Övriga frågor", "Bilagor",
					"Beslut");
			assertThat(nested).hasSize(8).startsWith("2.1 Energianvändningen är hållbar");
		}
	}

	@Test
	void embedsEveryFont() throws IOException {
		for (byte[] bytes : List.of(vp, vb, t1)) {
			try (PDDocument pdf = load(bytes)) {
				List<PDFont> fonts = new ArrayList<>();
				for (PDPage page : pdf.getPages()) {
					TjansteutlatandeRendererTest.collectFonts(page.getResources(), fonts, new HashSet<>());
				}
				assertThat(fonts).isNotEmpty().allSatisfy((font) -> {
					assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
					assertThat(font.getName()).containsAnyOf("LiberationSerif", "LiberationSans");
				});
			}
		}
	}

	@Test
	void keepsEveryGlyphInsideTheMargins() throws IOException {
		for (byte[] bytes : List.of(vp, vb, t1)) {
			try (PDDocument pdf = load(bytes)) {
				assertInsideMargins(pdf);
			}
		}
	}

	@Test
	void passesPdfA2aAndPdfUa1WithNoFailedRules() {
		// the renderer validated each of them already (it throws otherwise); and once
		// more here
		for (byte[] bytes : List.of(vp, vb, t1)) {
			PdfValidator.Result result = TjansteutlatandeRendererTest.validator.validate(bytes);
			assertThat(result.failedRules()).as("veraPDF failures").isEmpty();
		}
		assertThatCode(() -> renderer.render(document(vp2017(), null, "Utan angiven dokumenttyp")))
			.as("no kind: laid out as a VP")
			.doesNotThrowAnyException();
	}

	@Test
	void tagsHeadingsWithoutSkippingALevelTablesWithHeaderCellsAndTheContents() throws IOException {
		try (PDDocument pdf = load(vp)) {
			List<PDStructureElement> elements = new ArrayList<>();
			collect(pdf.getDocumentCatalog().getStructureTreeRoot(), elements);
			List<String> types = elements.stream().map(PDStructureElement::getStructureType).toList();
			assertThat(types).containsOnlyOnce("H1")
				.contains("H2", "H3", "H4", "H5", "H6", "TOC", "TOCI", "Table", "TR", "TH", "TD");
			int level = 0;
			for (String type : types) {
				if (type.matches("H[1-6]")) {
					int next = type.charAt(1) - '0';
					assertThat(next).as("%s after H%d", type, level).isLessThanOrEqualTo(level + 1);
					level = next;
				}
			}
			List<String> scopes = new ArrayList<>();
			for (PDStructureElement element : elements) {
				if ("TH".equals(element.getStructureType())) {
					scopes.add(scope(element));
				}
			}
			assertThat(scopes).as("every TH has a Scope").isNotEmpty().containsOnly("Column");
		}
	}

	@Test
	void tagsAnEmptyTableCellWithoutAnEmptyParagraphInIt() throws IOException {
		try (PDDocument pdf = load(vb)) {
			List<PDStructureElement> elements = new ArrayList<>();
			collect(pdf.getDocumentCatalog().getStructureTreeRoot(), elements);
			assertThat(elements).as("an empty cell (an outcome not split by sex)")
				.anyMatch((element) -> "TD".equals(element.getStructureType()) && element.getKids().isEmpty());
			assertThat(elements).filteredOn((element) -> "P".equals(element.getStructureType()))
				.as("paragraphs tagged with nothing in them")
				.isNotEmpty()
				.noneMatch((element) -> element.getKids().isEmpty());
		}
	}

	@Test
	void repeatsTheTableHeaderOnEachPageALongTableRunsOver() throws IOException {
		List<Indicator> many = new ArrayList<>();
		for (int i = 1; i <= 90; i++) {
			many.add(new Indicator("Indikator nummer " + i + " med en beskrivning", "%", i + " %",
					"tas fram av nämnden", Periodicity.TERTIAL));
		}
		PlanContent plan = vp2017()
			.withDirectionGoals(List.of(new DirectionGoal("4", "Ett demokratiskt hållbart Stockholm",
					List.of(new CouncilGoal("4.2", "Många indikatorer", many, List.of())))));
		byte[] bytes = renderer.render(document(plan, DocumentKind.VP, "Lång tabell"));
		try (PDDocument pdf = load(bytes)) {
			List<Integer> pagesWithRows = new ArrayList<>();
			for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
				String text = text(pdf, page);
				if (text.contains("Indikator nummer ")) {
					pagesWithRows.add(page);
					List<String> lines = lines(text);
					int header = lines.indexOf("Indikator Årsmål KF:s årsmål Periodicitet");
					int firstRow = lines.indexOf(lines.stream()
						.filter((line) -> line.startsWith("Indikator nummer "))
						.findFirst()
						.orElseThrow());
					assertThat(header).as("header row on page %d", page).isNotNegative().isLessThan(firstRow);
				}
			}
			assertThat(pagesWithRows).hasSizeGreaterThanOrEqualTo(2);
			assertInsideMargins(pdf);
		}
	}

	@Test
	void rendersHostileTextInThePlanAsLiteralTextInsideTheMargins() throws IOException {
		String word = "Ä".repeat(60);
		String markup = "<fo:block font-size=\"40pt\">&amp; ]]> 😀</fo:block>";
		PlanContent plan = mapUnitGoals(vp2017(), (goal) -> new UnitGoal(markup + " " + word, markup, word + " " + word,
				null, "Rad ett\nRad två\n\nNytt stycke", null));
		plan = plan.withInternalControl(List.of(new Risk(word, 4, 4, markup, word)));
		byte[] bytes = renderer.render(document(plan, DocumentKind.VP, "Fientlig text"));
		try (PDDocument pdf = load(bytes)) {
			String text = TjansteutlatandeRendererTest.joined(text(pdf));
			assertThat(text).contains("<fo:block font-size=\"40pt\">&amp; ]]> □</fo:block>");
			assertThat(text.replace(" ", "")).contains(word + word);
			assertInsideMargins(pdf);
		}
	}

	// --- follow-ups

	@Test
	void rendersAVbWithOutcomesActivityStatusAssessmentsAsTextAndBudgetOutcome() throws IOException {
		try (PDDocument pdf = load(vb)) {
			String body = body(pdf);
			List<String> lines = lines(rows(pdf));
			assertThat(line(lines, "Indikator Årsmål")).contains("utfall", "kvinnor", "helår");
			assertThat(String.join("\n", lines)).contains("Periodens", "Utfall män", "Prognos");
			assertThat(line(lines, "Sjukfrånvaro ")).contains("7 %", "Tertial", "6,1 % 6,8 % 4,2 % 6,5 %");
			assertThat(lines).contains("Aktivitet Startdatum Slutdatum Status");
			assertThat(line(lines, "Allmän visstidsanställning")).endsWith("2017-01-01 2017-12-31 Genomförd");
			assertThat(String.join("\n", lines)).contains("2017-01-01 2017-12-31 Avvikelse");
			assertThat(body.replaceAll("\\s+", " ")).containsPattern(
					hyphenatable("Analys: Behovet av timavlönade ökade när två brukare fick utökade beslut."));
			assertThat(body).contains("Bedömning: Uppfylls delvis",
					"Analys: Könsfördelningen är 70/30; brukarnas val av assistent styr.", "Bedömning: Uppfylls helt")
				.doesNotContain("prognos för helåret");
			assertThat(lines).contains("TKr Utfall Budget Avvikelse", "Personalkostnader 21 012 20 709 −303",
					"Summa kostnader 21 760 21 457 −303");
			assertThat(line(lines, "Utbetalning av ersättning")).contains("Inga fel i stickprovet.");
			assertThat(lines).contains("Risk Sannolikhet Konsekvens Kontroll Ansvarig Resultat");
		}
	}

	@Test
	void rendersAT2WithOutcomesForecastsAndEveryGoal() throws IOException {
		try (PDDocument pdf = load(t2)) {
			String body = body(pdf);
			assertThat(text(pdf, 1)).contains("Tertialrapport 2 2017 för Assistansenheten", "Sid 1 (");
			assertThat(text(pdf, pdf.getNumberOfPages()))
				.contains("Sid " + pdf.getNumberOfPages() + " (" + pdf.getNumberOfPages() + ")");
			assertThat(body).contains("Periodens", "Prognos", "Bedömning (prognos för helåret):");
			for (String goal : COUNCIL_GOALS) {
				assertThat(body).contains("KF:s mål för verksamhetsområdet:\n" + goal);
			}
			assertThat(new PdfValidator().validate(t2).isValid()).isTrue();
		}
	}

	@Test
	void rendersAT1WithTheAssessmentAsAForecastAndTheBudgetForecast() throws IOException {
		try (PDDocument pdf = load(t1)) {
			String body = body(pdf);
			List<String> lines = lines(rows(pdf));
			assertThat(pdf.getNumberOfPages()).isGreaterThan(3);
			assertThat(text(pdf, pdf.getNumberOfPages()))
				.contains("Sid " + pdf.getNumberOfPages() + " (" + pdf.getNumberOfPages() + ")");
			assertThat(body).contains("Periodens", "Prognos", "Bedömning (prognos för helåret): Uppfylls delvis",
					"Inget utfall:");
			assertThat(body.replaceAll("\\s+", " ")).contains("Inget utfall: Mäts en gång per år");
			assertThat(line(lines, "Sjukfrånvaro ")).contains("6,1 %");
			assertThat(lines).contains("TKr Utfall Budget Avvikelse Prognos", "Summa kostnader 7 152 21 457 0 21 457");
			for (String goal : COUNCIL_GOALS) {
				assertThat(body).contains("KF:s mål för verksamhetsområdet:\n" + goal);
			}
		}
	}

	// --- documents

	/**
	 * The seed's VP as the plan package's fixture transcribes it, with an
	 * internkontrollplan added.
	 */
	static PlanContent vp2017() {
		return Assistansenheten2017.vp()
			.withInternalControl(List.of(
					new Risk("Utbetalning av ersättning till assistenter blir fel", 3, 4,
							"Stickprov på tio utbetalningar", "Enhetschef"),
					new Risk("Genomförandeplaner saknas eller är inaktuella", 2, 3, "Genomgång av samtliga ärenden",
							"Biträdande enhetschef")));
	}

	/**
	 * The follow-up derived from the 2017 VP, with outcomes, statuses, assessments and
	 * amounts filled in.
	 */
	public static PlanContent followUp(DocumentKind kind) {
		return followUp(vp2017(), kind);
	}

	/**
	 * The follow-up derived from a VP, filled in the same way as the 2017 one: outcomes,
	 * statuses, assessments and amounts.
	 */
	static PlanContent followUp(PlanContent vp, DocumentKind kind) {
		boolean vb = kind == DocumentKind.VB;
		PlanContent plan = vp.toFollowUp(kind);
		plan = mapIndicators(plan, (indicator) -> {
			if (indicator.name().equals("Sjukfrånvaro")) {
				return indicator.withOutcome(new Outcome("6,1 %", "6,8 %", "4,2 %", "7,0 %", "6,5 %", null));
			}
			if (indicator.periodicity() == Periodicity.YEAR) {
				return indicator.withOutcome(vb ? Outcome.of("88 %") : Outcome.missing("Mäts en gång per år"));
			}
			return indicator.withOutcome(Outcome.of("100 %"));
		});
		plan = mapActivities(plan,
				(activity) -> activity.title().startsWith("Andelen timavlönade")
						? activity.withStatus(ActivityStatus.DEVIATION,
								"Behovet av timavlönade ökade när två brukare fick utökade beslut.")
						: activity.withStatus(ActivityStatus.DONE, null));
		plan = mapUnitGoals(plan,
				(goal) -> goal.withAssessment(goal.title().startsWith("Verksamheten är jämställd")
						? new Assessment(GoalFulfilment.PARTLY,
								"Könsfördelningen är 70/30; brukarnas val av assistent styr.")
						: new Assessment(GoalFulfilment.FULLY, "Målet nås.")));
		plan = plan.withBudgets(plan.budgets().stream().map((budget) -> filled(budget, vb)).toList());
		if (vb) {
			plan = plan.withInternalControl(plan.internalControl()
				.stream()
				.map((risk) -> new Risk(risk.risk(), risk.probability(), risk.consequence(), risk.control(),
						risk.responsible(),
						risk.risk().startsWith("Utbetalning") ? "Inga fel i stickprovet." : "Två planer saknades."))
				.toList());
		}
		return plan;
	}

	/**
	 * A follow-up budget (Utfall, Budget, Avvikelse[, Prognos]) filled in: in the VB
	 * Personalkostnader ran 303 TKr over; in T1 a third of the year is spent and the
	 * forecast is the budget.
	 */
	private static Budget filled(Budget budget, boolean vb) {
		return new Budget(budget.title(), budget.columns(), budget.rows().stream().map((row) -> {
			BigDecimal planned = row.amountIn(1);
			if (planned == null) {
				return row;
			}
			boolean over = row.label().equals("Personalkostnader") || row.label().equals("Summa kostnader")
					|| row.label().equals("Summa netto");
			if (vb) {
				BigDecimal outcome = over ? planned.add(BigDecimal.valueOf(303)) : planned;
				return new BudgetRow(row.label(), row.kind(), List.of(outcome, planned, planned.subtract(outcome)));
			}
			BigDecimal soFar = planned.divide(BigDecimal.valueOf(3), 0, java.math.RoundingMode.HALF_UP);
			return new BudgetRow(row.label(), row.kind(), List.of(soFar, planned, BigDecimal.ZERO, planned));
		}).toList());
	}

	static Tjansteutlatande document(PlanContent plan, DocumentKind kind, String title) {
		return new Tjansteutlatande(ADMINISTRATION, "Assistansenheten", DNR, LocalDate.of(2016, 11, 22), "Hans Saarela",
				"08-508 23 358", BOARD, title,
				"1. Stadsdelsnämnden fastställer " + title.toLowerCase(java.util.Locale.ROOT) + ".", List.of(),
				new Adoption(BOARD, LocalDate.of(2016, 12, 13), "§ 15"), false, plan, kind);
	}

	private static PlanContent mapCouncilGoals(PlanContent plan, UnaryOperator<CouncilGoal> change) {
		return plan.withDirectionGoals(plan.directionGoals()
			.stream()
			.map((direction) -> new DirectionGoal(direction.number(), direction.title(),
					direction.councilGoals().stream().map(change).toList()))
			.toList());
	}

	private static PlanContent mapIndicators(PlanContent plan, UnaryOperator<Indicator> change) {
		return mapCouncilGoals(plan, (goal) -> new CouncilGoal(goal.number(), goal.title(),
				goal.indicators().stream().map(change).toList(), goal.boardGoals(), goal.assessment()));
	}

	private static PlanContent mapBoardGoals(PlanContent plan, UnaryOperator<BoardGoal> change) {
		return mapCouncilGoals(plan, (goal) -> new CouncilGoal(goal.number(), goal.title(), goal.indicators(),
				goal.boardGoals().stream().map(change).toList(), goal.assessment()));
	}

	private static PlanContent mapActivities(PlanContent plan, UnaryOperator<Activity> change) {
		return mapBoardGoals(plan, (goal) -> new BoardGoal(goal.title(), goal.expectedResult(), goal.description(),
				goal.activities().stream().map(change).toList(), goal.unitGoals(), goal.assessment()));
	}

	private static PlanContent mapUnitGoals(PlanContent plan, UnaryOperator<UnitGoal> change) {
		return mapBoardGoals(plan, (goal) -> new BoardGoal(goal.title(), goal.expectedResult(), goal.description(),
				goal.activities(), goal.unitGoals().stream().map(change).toList(), goal.assessment()));
	}

	// --- reading the PDF back

	/**
	 * The text of every page, no-break spaces as spaces, the break opportunities (U+200B)
	 * taken out.
	 */
	private static String body(PDDocument pdf) throws IOException {
		return normalise(text(pdf));
	}

	/** The text of every page as laid out: the cells of a table row on one line. */
	private static String rows(PDDocument pdf) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setSortByPosition(true);
		return normalise(stripper.getText(pdf));
	}

	/**
	 * A pattern for the text as it comes out of a table cell, where hyphenation may have
	 * broken a word over two lines (text extraction gives the soft hyphen's line break as
	 * a space).
	 */
	private static Pattern hyphenatable(String text) {
		StringBuilder pattern = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			pattern.append(Pattern.quote(text.substring(i, i + 1)));
			if (i + 1 < text.length() && Character.isLetter(text.charAt(i)) && Character.isLetter(text.charAt(i + 1))) {
				pattern.append(" ?");
			}
		}
		return Pattern.compile(pattern.toString());
	}

	private static String normalise(String text) {
		return text.replace('\u00A0', ' ').replace("\u200B", "").replace("\r\n", "\n");
	}

	private static List<String> lines(String text) {
		return Arrays.stream(normalise(text).split("\n")).map(String::strip).toList();
	}

	/** The first line that starts with this text. */
	private static String line(List<String> lines, String start) {
		return lines.stream()
			.filter((line) -> line.startsWith(start))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No line starts with " + start));
	}

	/**
	 * The page whose text holds this heading (lines as extracted), searching from a page
	 * on.
	 */
	private static int pageOfHeading(PDDocument pdf, String heading, int from) throws IOException {
		for (int page = from; page <= pdf.getNumberOfPages(); page++) {
			if (("\n" + normalise(text(pdf, page))).contains("\n" + heading + "\n")
					|| ("\n" + normalise(text(pdf, page))).contains("\n" + heading)) {
				if (heading.contains("\n") || lines(text(pdf, page)).contains(heading)) {
					return page;
				}
			}
		}
		throw new AssertionError("Heading not found: " + heading);
	}

	private record Toc(int start, int bodyStart, String text) {

		private static final Pattern LEADER_AND_PAGE = Pattern.compile("\\.[ ]*\\.[. ]*(\\d+)[ ]*(\\n|$)");

		/** The page number printed after the entry that begins with this text. */
		int pageOf(String entry) {
			int at = ("\n" + this.text).indexOf("\n" + entry);
			assertThat(at).as("entry %s in the table of contents", entry).isNotNegative();
			Matcher matcher = LEADER_AND_PAGE.matcher(this.text);
			assertThat(matcher.find(at)).as("a page number after %s", entry).isTrue();
			return Integer.parseInt(matcher.group(1));
		}

	}

	/**
	 * The table of contents: from the page with the heading "Innehåll" to the page before
	 * the Inledning.
	 */
	private static Toc toc(PDDocument pdf) throws IOException {
		int start = 0;
		int bodyStart = 0;
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= pdf.getNumberOfPages() && bodyStart == 0; page++) {
			List<String> lines = lines(text(pdf, page));
			if (start == 0 && lines.contains("Innehåll")) {
				start = page;
			}
			if (start != 0 && page > start && lines.contains("Verksamhetsidé och värdegrund")) {
				bodyStart = page;
			}
			else if (start != 0) {
				String pageText = normalise(text(pdf, page));
				// leave out the running header (two lines) and what comes before the
				// heading
				int heading = pageText.indexOf("Innehåll\n");
				text.append((page == start && heading >= 0) ? pageText.substring(heading) : pageText);
			}
		}
		assertThat(start).as("a page headed Innehåll").isPositive();
		assertThat(bodyStart).as("the Inledning after the contents").isPositive();
		return new Toc(start, bodyStart, text.toString());
	}

	private record Glyph(String text, float right, String font) {
	}

	/**
	 * Where each occurrence of these texts ends on the page (its right edge), and its
	 * font.
	 */
	private static List<Glyph> glyphs(PDDocument pdf, String... texts) throws IOException {
		List<Glyph> found = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void writeString(String string, List<TextPosition> positions) {
				String normalised = normalise(string);
				for (String text : texts) {
					for (int at = normalised.indexOf(text); at >= 0; at = normalised.indexOf(text, at + 1)) {
						boolean whole = (at == 0 || normalised.charAt(at - 1) == ' ')
								&& (at + text.length() == normalised.length()
										|| normalised.charAt(at + text.length()) == ' ');
						if (whole && at + text.length() <= positions.size()) {
							TextPosition last = positions.get(at + text.length() - 1);
							found.add(new Glyph(text, last.getXDirAdj() + last.getWidthDirAdj(),
									last.getFont().getName()));
						}
					}
				}
			}
		};
		stripper.getText(pdf);
		return found;
	}

	private static void collect(PDStructureNode node, List<PDStructureElement> elements) {
		for (Object kid : node.getKids()) {
			if (kid instanceof PDStructureElement element) {
				elements.add(element);
				collect(element, elements);
			}
		}
	}

	/**
	 * The Scope of a TH, from its Table attributes (/A: one dictionary or an array of
	 * them).
	 */
	private static String scope(PDStructureElement element) {
		COSBase attributes = element.getCOSObject().getDictionaryObject(COSName.A);
		List<COSDictionary> dictionaries = new ArrayList<>();
		if (attributes instanceof COSDictionary dictionary) {
			dictionaries.add(dictionary);
		}
		else if (attributes instanceof COSArray array) {
			for (int i = 0; i < array.size(); i++) {
				if (array.getObject(i) instanceof COSDictionary dictionary) {
					dictionaries.add(dictionary);
				}
			}
		}
		for (COSDictionary dictionary : dictionaries) {
			if ("Table".equals(dictionary.getNameAsString(COSName.O)) && dictionary.getNameAsString("Scope") != null) {
				return dictionary.getNameAsString("Scope");
			}
		}
		return null;
	}

}
