package se.arshjul.rendering;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import se.arshjul.rendering.Tjansteutlatande.Adoption;
import se.arshjul.rendering.Tjansteutlatande.Section;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders through the real stylesheet, FOP and veraPDF. Every render is also validated by
 * the renderer itself (it throws on an invalid PDF); the tests for hostile text check the
 * validator's verdict again explicitly. One renderer and one validator serve all tests:
 * FOP's factory and veraPDF's per-thread rule scripts are expensive to build.
 */
class TjansteutlatandeRendererTest {

	private static final String ADMINISTRATION = "Hägersten-Liljeholmens stadsdelsförvaltning";

	private static final String UNIT = "Assistansenheten";

	private static final String BOARD = "Hägersten-Liljeholmens stadsdelsnämnd";

	private static final String TITLE = "Verksamhetsplan 2027 för Assistansenheten";

	private static final String PDFA_ID_NS = "http://www.aiim.org/pdfa/ns/id/";

	private static final String PDFUA_ID_NS = "http://www.aiim.org/pdfua/ns/id/";

	private static final String RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

	/**
	 * A4 less the stylesheet's margins (25 mm left, 20 mm right), in points, with 0.5 pt
	 * slack.
	 */
	private static final float LEFT_EDGE = mm(25) - 0.5f;

	private static final float RIGHT_EDGE = mm(210 - 20) + 0.5f;

	static final PdfValidator validator = new PdfValidator();

	static final TjansteutlatandeRenderer renderer = new TjansteutlatandeRenderer(validator);

	@Test
	void rendersFirstPageHeadWithAdministrationUnitDnrHandlerAndRecipient() throws IOException {
		try (PDDocument pdf = load(renderer.render(adopted()))) {
			String first = text(pdf, 1);
			assertThat(first).contains(ADMINISTRATION, UNIT, "Tjänsteutlåtande", "Dnr: 534-2026-1.1", "Sid 1 (",
					"Handläggare: Hans Saarela", "Telefon: 08-508 23 358", "Till: " + BOARD, "2026-11-20", TITLE);
			assertThat(first.indexOf("Handläggare")).isLessThan(first.indexOf(TITLE));
		}
	}

	@Test
	void rendersDnrAndPageNumbersOnEveryPage() throws IOException {
		try (PDDocument pdf = load(renderer.render(adopted()))) {
			int pages = pdf.getNumberOfPages();
			assertThat(pages).isGreaterThanOrEqualTo(3);
			for (int page = 1; page <= pages; page++) {
				assertThat(text(pdf, page)).as("page %d", page)
					.contains(ADMINISTRATION, "Dnr: 534-2026-1.1", "Sid " + page + " (" + pages + ")");
			}
		}
	}

	@Test
	void extractsHeadingsAndTextWithSwedishCharacters() throws IOException {
		try (PDDocument pdf = load(renderer.render(adopted()))) {
			String text = text(pdf);
			assertThat(text).contains("Förslag till beslut",
					"1. Stadsdelsnämnden fastställer verksamhetsplan 2027 för Assistansenheten.",
					"2. Stadsdelsnämnden justerar beslutet omedelbart.", "Verksamhetsidé och värdegrund",
					"Ökad delaktighet för äldre", "Åsa Öberg på Älvsjö äldreboende", "ÅÄÖ åäö é ü", "Övriga frågor");
		}
	}

	@Test
	void rendersTheBoardsDecisionOnlyWhenAdopted() throws IOException {
		String decision = BOARD + " fastställde dokumentet vid sammanträdet 2026-12-10, § 12.";
		try (PDDocument pdf = load(renderer.render(adopted()))) {
			String text = text(pdf);
			assertThat(text).contains("Beslut", decision);
			assertThat(text.lastIndexOf("Beslut")).isGreaterThan(text.indexOf("Övriga frågor"));
		}
		try (PDDocument pdf = load(renderer.render(draft()))) {
			assertThat(text(pdf)).doesNotContain("fastställde");
		}
	}

	@Test
	void leavesOutPhoneProposalAndDecisionWhenAbsent() throws IOException {
		Tjansteutlatande bare = new Tjansteutlatande(ADMINISTRATION, UNIT, "534-2026-1.1", LocalDate.of(2026, 11, 20),
				"Hans Saarela", null, BOARD, TITLE, null, List.of(new Section("Inledning", List.of("Kort text."))),
				null, false);
		try (PDDocument pdf = load(renderer.render(bare))) {
			String text = text(pdf);
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			assertThat(text).contains("Handläggare: Hans Saarela", "Sid 1 (1)", "Inledning", "Kort text.")
				.doesNotContain("Telefon", "Förslag till beslut", "Beslut");
		}
	}

	@Test
	void bookmarksTheTitleProposalSectionsAndDecision() throws IOException {
		try (PDDocument pdf = load(renderer.render(adopted()))) {
			List<String> bookmarks = new ArrayList<>();
			for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
				bookmarks.add(item.getTitle());
			}
			assertThat(bookmarks).hasSize(14)
				.startsWith(TITLE, "Förslag till beslut", "Verksamhetsidé och värdegrund", "Ökad delaktighet för äldre")
				.endsWith("Övriga frågor", "Beslut");
		}
	}

	@Test
	void embedsEveryFont() throws IOException {
		for (Tjansteutlatande document : List.of(adopted(), draft())) {
			try (PDDocument pdf = load(renderer.render(document))) {
				List<PDFont> fonts = new ArrayList<>();
				for (PDPage page : pdf.getPages()) {
					collectFonts(page.getResources(), fonts, new HashSet<>());
				}
				assertThat(fonts).isNotEmpty();
				assertThat(fonts).allSatisfy((font) -> {
					assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
					// only the families whose glyphs TjansteutlatandeXml.clean() checks
					// text against
					assertThat(font.getName()).containsAnyOf("LiberationSerif", "LiberationSans");
				});
			}
		}
	}

	@Test
	void declaresPdfA2aAndPdfUa1AndTheDocumentsMetadata() throws Exception {
		try (PDDocument pdf = load(renderer.render(adopted()))) {
			Document xmp = parseXmp(pdf);
			assertThat(identification(xmp, PDFA_ID_NS, "part")).isEqualTo("2");
			assertThat(identification(xmp, PDFA_ID_NS, "conformance")).isEqualTo("A");
			assertThat(identification(xmp, PDFUA_ID_NS, "part")).isEqualTo("1");
			assertThat(xmpTitleAlternatives(xmp)).as("dc:title as rdf:Alt, as PDF/A requires").containsExactly(TITLE);
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(TITLE);
			assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo(ADMINISTRATION);
			assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("sv");
			assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle())
				.as("PDF/UA: the title, not the file name, in the window")
				.isTrue();
		}
	}

	@Test
	void passesPdfA2aAndPdfUa1WithNoFailedRules() {
		for (Tjansteutlatande document : List.of(adopted(), draft())) {
			assertValid(renderer.render(document));
		}
	}

	@Test
	void tagsTheTitleAsH1AndHeadingsAsH2AndTheFirstPageHeadNotAsATable() throws IOException {
		try (PDDocument pdf = load(renderer.render(adopted()))) {
			List<String> types = new ArrayList<>();
			collectStructureTypes(pdf.getDocumentCatalog().getStructureTreeRoot(), types);
			assertThat(types).containsOnlyOnce("H1").contains("H2", "P");
			assertThat(types.stream().filter("H2"::equals).count()).as("one H2 per section, proposal and decision")
				.isEqualTo(13);
			assertThat(types).as("a layout table is not a data table").doesNotContain("Table", "TR", "TD", "TH");
			assertThat(types).as("page numbers are plain text, not FOP's default Quote").doesNotContain("Quote");
		}
	}

	@Test
	void writesCharactersSpecialInXmlAndXslFoAsLiteralText() throws Exception {
		String markup = "<fo:block>&amp; ]]> a < b && c > d";
		String pasted = "<fo:block font-size=\"40pt\">stor</fo:block><fo:external-graphic src=\"file:/etc/passwd\"/>";
		String xslt = "<xsl:value-of select=\"/\"/> och <!-- kommentar --> &#x41; <?pi x?> <![CDATA[x]]>";
		Tjansteutlatande document = titled(with(adopted(), markup + " rubrik", List.of(markup, pasted, xslt)),
				"Plan <b>&</b> ]]>");
		byte[] bytes = renderer.render(document);
		assertValid(bytes);
		try (PDDocument pdf = load(bytes)) {
			String text = text(pdf);
			assertThat(text).contains(markup + " rubrik", markup, xslt, "Plan <b>&</b> ]]>");
			assertThat(joined(text)).contains(pasted);
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Plan <b>&</b> ]]>");
			assertThat(largeText(pdf, 1)).as("the pasted font-size is text, not markup").isEmpty();
			assertInsideMargins(pdf);
		}
	}

	@Test
	void removesControlCharactersThatXmlCannotCarry() throws Exception {
		Tjansteutlatande document = new Tjansteutlatande(ADMINISTRATION, UNIT, "534-2026-1.1",
				LocalDate.of(2026, 11, 20), "Hans\u0000 Saarela", null, BOARD, "Plan\u0007 2027\uFFFF", null,
				List.of(new Section("Rubrik\u001B", List.of("Ett\u0001 två\u0008 tre\u009F fyra\uD800."))), null,
				false);
		byte[] bytes = renderer.render(document);
		assertValid(bytes);
		try (PDDocument pdf = load(bytes)) {
			assertThat(text(pdf)).contains("Handläggare: Hans Saarela", "Plan 2027", "Rubrik", "Ett två tre fyra.");
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Plan 2027");
			assertThat(parseXmp(pdf)).isNotNull();
		}
	}

	@Test
	void replacesCharactersTheEmbeddedFontsLackWithAWhiteSquare() throws IOException {
		String emoji = "Bra jobbat 😀👍🏽, familj 👨‍👩‍👧, flagga 🇸🇪, hjärta ❤️, kinesiska 中文, "
				+ "integral ∰, ersättningstecken \uFFFD, privat \uE000, osynliga\uFEFF\u2060 tecken.";
		Tjansteutlatande document = titled(with(adopted(), "Emoji 🎉 i rubriken", List.of(emoji)), "Plan 2027 🚀");
		byte[] bytes = renderer.render(document);
		assertValid(bytes);
		try (PDDocument pdf = load(bytes)) {
			String text = joined(text(pdf));
			assertThat(text)
				.contains("Emoji □ i rubriken", "Plan 2027 □",
						"Bra jobbat □□, familj □, flagga □, hjärta □, kinesiska □□, integral □, ersättningstecken □, "
								+ "privat □, osynliga tecken.")
				.doesNotContain("\uFFFD", "😀", "中");
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Plan 2027 □");
			assertInsideMargins(pdf);
		}
	}

	@Test
	void wrapsA60CharacterWordInsideTheMargins() throws Exception {
		String word = "W".repeat(60);
		String compound = "Stadsdelsförvaltningsorganisationsutvecklingsprojektsledarna";
		String url = "https://example.org/planer/2027/assistansenheten/verksamhetsplan-bilaga.pdf?version=3&utkast=nej";
		Tjansteutlatande document = titled(with(adopted(), "Rubrik " + word,
				List.of("Ord: " + word + " och " + compound + " och " + url + " slut.", word + word)), word);
		byte[] bytes = renderer.render(document);
		assertValid(bytes);
		try (PDDocument pdf = load(bytes)) {
			assertInsideMargins(pdf);
			// A word broken at a line end reads as two in the extracted text (PDFBox puts
			// a space
			// there): compare without any spaces.
			String text = withoutSpaces(text(pdf));
			assertThat(text).contains(withoutSpaces("Rubrik " + word),
					withoutSpaces("Ord: " + word + " och " + compound + " och " + url + " slut."), word + word);
			assertThat(pdf.getDocumentInformation().getTitle()).as("no break characters in the metadata")
				.isEqualTo(word);
			assertThat(pdf.getDocumentCatalog().getDocumentOutline().children()).extracting(PDOutlineItem::getTitle)
				.as("nor in the bookmarks")
				.startsWith(word, "Förslag till beslut", "Rubrik " + word);
		}
	}

	@Test
	void cleanShowsOneWhiteSquareForEachCharacterOrEmojiTheFontsLack() {
		assertThat(TjansteutlatandeXml.clean("a😀b")).isEqualTo("a□b");
		assertThat(TjansteutlatandeXml.clean("😀😀")).isEqualTo("□□");
		assertThat(TjansteutlatandeXml.clean("👍🏽 👨‍👩‍👧 ❤️ 🏴󠁧󠁢󠁳󠁣󠁴󠁿"))
			.as("skin tone, ZWJ family, emoji style, tag flag")
			.isEqualTo("□ □ □ □");
		assertThat(TjansteutlatandeXml.clean("🇸🇪🇫🇮")).as("two flags").isEqualTo("□□");
		assertThat(TjansteutlatandeXml.clean("中文 \uFFFD \uE000")).isEqualTo("□□ □ □");
		assertThat(TjansteutlatandeXml.clean("a\uFEFFb\u2060c")).as("invisible format characters").isEqualTo("abc");
		assertThat(TjansteutlatandeXml.clean("a\u3000b\u2028c")).isEqualTo("a b\nc");
		String swedish = "ÅÄÖ åäö é ü – ”citat” § 5 € ½ \u00A0 e\u0301";
		assertThat(TjansteutlatandeXml.clean(swedish)).as("what the fonts have stays").isEqualTo(swedish);
		assertThat(TjansteutlatandeXml.clean(null)).isEmpty();
	}

	@Test
	void breakLongWordsPutsInvisibleBreaksOnlyIntoWordsLongerThan30Characters() {
		String thirty = "a".repeat(30);
		assertThat(TjansteutlatandeXml.breakLongWords(thirty + " " + thirty)).isEqualTo(thirty + " " + thirty);
		String sixty = "W".repeat(60);
		String broken = TjansteutlatandeXml.breakLongWords("x " + sixty + "\nslut");
		assertThat(broken.replace("\u200B", "")).isEqualTo("x " + sixty + "\nslut");
		assertThat(broken.split("[\u200B\\s]")).allSatisfy((part) -> assertThat(part).hasSizeLessThanOrEqualTo(15));
		assertThat(TjansteutlatandeXml.breakLongWords("https://example.org/planer/2027/verksamhetsplan.pdf"))
			.as("a break after each slash")
			.startsWith("https:\u200B/\u200B/\u200Bexample.\u200Borg/\u200Bplaner/\u200B2027/\u200Bverksamhetsplan");
		assertThat(TjansteutlatandeXml.breakLongWords("😀".repeat(40))).as("never inside a surrogate pair")
			.satisfies((text) -> assertThat(text.replace("\u200B", "")).isEqualTo("😀".repeat(40)))
			.doesNotContain("\uD83D\u200B");
	}

	@Test
	void rendersA5000WordParagraphOverSeveralPages() throws IOException {
		StringBuilder paragraph = new StringBuilder();
		for (int i = 1; i <= 5000; i++) {
			paragraph.append((i % 10 == 0) ? "stadsdelsnämnden" : "ord").append(i).append(' ');
		}
		byte[] bytes = renderer.render(with(adopted(), "Ett mycket långt stycke", List.of(paragraph.toString())));
		assertValid(bytes);
		try (PDDocument pdf = load(bytes)) {
			assertThat(pdf.getNumberOfPages()).isGreaterThan(8);
			String text = text(pdf);
			List<String> words = Arrays.stream(text.split("\\s+"))
				.filter((word) -> word.matches("(ord|stadsdelsnämnden)\\d+"))
				.toList();
			assertThat(words).as("every word, once and in order").hasSize(5000);
			for (int i = 0; i < words.size(); i++) {
				assertThat(words.get(i)).endsWith(Integer.toString(i + 1));
			}
			assertInsideMargins(pdf);
		}
	}

	@Test
	void renders300ParagraphsInOneSection() throws IOException {
		// the record has no tables: 300 paragraphs stand in for 300 rows
		List<String> rows = new ArrayList<>();
		for (int i = 1; i <= 300; i++) {
			rows.add("Rad " + i + ": Insats " + i + " följs upp varje tertial.");
		}
		byte[] bytes = renderer.render(with(adopted(), "Trehundra rader", rows));
		assertValid(bytes);
		try (PDDocument pdf = load(bytes)) {
			assertThat(pdf.getNumberOfPages()).isGreaterThan(8);
			String text = text(pdf);
			int previous = -1;
			for (String row : rows) {
				int at = text.indexOf(row + "\n");
				assertThat(at).as(row).isGreaterThan(previous);
				previous = at;
			}
			assertInsideMargins(pdf);
		}
	}

	@Test
	void rendersEveryHostileInputInOneDocument() throws IOException {
		StringBuilder paragraph = new StringBuilder();
		for (int i = 0; i < 400; i++) {
			paragraph.append("<fo:block>&amp;]]> 😀 ").append("X".repeat(45)).append(" \u0007");
		}
		Tjansteutlatande hostile = new Tjansteutlatande("<förvaltning> & ]]> 😀 " + "Å".repeat(50), "Enhet\u0000 ❤️",
				"Dnr-" + "9".repeat(60), LocalDate.of(2026, 11, 20), "<b>Hans</b>", "08 😀", "Nämnd & <i>", null,
				"1. <fo:block/>\n2. " + "Ö".repeat(70),
				List.of(new Section("😀 " + "ä".repeat(61), List.of(paragraph.toString(), "\uFEFF", "   "))),
				new Adoption("Nämnd & ]]>", LocalDate.of(2026, 12, 10), "§ 12 😀"), true);
		byte[] bytes = renderer.render(hostile);
		assertValid(bytes);
		try (PDDocument pdf = load(bytes)) {
			assertInsideMargins(pdf);
			assertThat(joined(text(pdf))).contains("<förvaltning> & ]]> □ " + "Å".repeat(50),
					"Dnr: Dnr-" + "9".repeat(60), "Handläggare: <b>Hans</b>", "<fo:block>&amp;]]> □ " + "X".repeat(45));
		}
	}

	@Test
	void watermarksEveryPageOfADraftWithUtkast() throws IOException {
		try (PDDocument pdf = load(renderer.render(draft()))) {
			assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
			for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
				assertThat(largeText(pdf, page)).as("large text on page %d", page).contains("UTKAST");
			}
		}
	}

	@Test
	void doesNotWatermarkAnAdoptedDocument() throws IOException {
		try (PDDocument pdf = load(renderer.render(adopted()))) {
			assertThat(text(pdf).toLowerCase(Locale.ROOT)).doesNotContain("utkast");
		}
	}

	@Test
	void rendersFromSeveralThreadsAtOnce() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<byte[]>> results = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				Tjansteutlatande document = (i % 2 == 0) ? adopted() : draft();
				results.add(pool.submit(() -> renderer.render(document)));
			}
			for (Future<byte[]> result : results) {
				try (PDDocument pdf = load(result.get())) {
					assertThat(text(pdf)).contains(TITLE, "Dnr: 534-2026-1.1");
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * Renders that start at the same moment, as the job executor's threads start them:
	 * FOP reads its configuration (a DOM, which is not safe to read from two threads) as
	 * a render starts; without care one of them failed with a NullPointerException.
	 */
	@Test
	void rendersStartedAtTheSameMomentOnSeveralThreadsAllSucceed() throws Exception {
		TjansteutlatandeRenderer fresh = new TjansteutlatandeRenderer(validator);
		int threads = 4;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			for (int round = 0; round < 5; round++) {
				CyclicBarrier together = new CyclicBarrier(threads);
				List<Future<byte[]>> results = new ArrayList<>();
				for (int i = 0; i < threads; i++) {
					results.add(pool.submit(() -> {
						together.await(30, TimeUnit.SECONDS);
						return fresh.render(adopted());
					}));
				}
				for (Future<byte[]> result : results) {
					try (PDDocument pdf = load(result.get(2, TimeUnit.MINUTES))) {
						assertThat(text(pdf)).contains(TITLE, "Dnr: 534-2026-1.1");
					}
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void rendersADocumentWithNoSectionsAndMissingFields() throws IOException {
		Tjansteutlatande empty = new Tjansteutlatande(null, null, null, null, null, null, null, null, null, null, null,
				true);
		byte[] bytes = renderer.render(empty);
		assertValid(bytes);
		try (PDDocument pdf = load(bytes)) {
			assertThat(pdf.getDocumentInformation().getTitle()).as("PDF/UA requires a title")
				.isEqualTo("Tjänsteutlåtande");
		}
		Tjansteutlatande untitled = titled(adopted(), " ");
		try (PDDocument pdf = load(renderer.render(untitled))) {
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Tjänsteutlåtande Dnr 534-2026-1.1");
		}
	}

	// --- documents

	static Tjansteutlatande adopted() {
		return document(new Adoption(BOARD, LocalDate.of(2026, 12, 10), "§ 12"), false);
	}

	static Tjansteutlatande draft() {
		return document(null, true);
	}

	private static Tjansteutlatande document(Adoption adoption, boolean draft) {
		List<Section> sections = new ArrayList<>();
		sections.add(new Section("Verksamhetsidé och värdegrund", List.of(
				"Assistansenheten utför alltid insatserna utifrån brukarens behov. Enhetens verksamhetsidé är att "
						+ "brukaren själv, eller företrädaren, bäst vet hur insatsen ska utföras och hur brukaren vill "
						+ "ha sitt stöd och sin service.",
				"Vårt dagliga arbete genomsyras av värdeord som integritet och respekt för den enskilde.")));
		sections.add(new Section("Ökad delaktighet för äldre",
				List.of("Åsa Öberg på Älvsjö äldreboende leder arbetet. Specialtecken: ÅÄÖ åäö é ü – ”citat” § 5.")));
		for (int i = 1; i <= 8; i++) {
			sections.add(new Section("Mål " + i + ": Stockholm är en stad där ingen behöver vara rädd", List.of(
					"Enheten arbetar systematiskt med kvalitet och uppföljning av målen. ".repeat(8),
					"Medarbetarna diskuterar målen vid arbetsplatsträffen (APT) och följer upp dem varje tertial. "
						.repeat(5))));
		}
		sections.add(new Section("Övriga frågor", List.of("Inga övriga frågor.")));
		return new Tjansteutlatande(ADMINISTRATION, UNIT, "534-2026-1.1", LocalDate.of(2026, 11, 20), "Hans Saarela",
				"08-508 23 358", BOARD, TITLE,
				"1. Stadsdelsnämnden fastställer verksamhetsplan 2027 för Assistansenheten.\r\n"
						+ "2. Stadsdelsnämnden justerar beslutet omedelbart.",
				sections, adoption, draft);
	}

	private static Tjansteutlatande titled(Tjansteutlatande base, String title) {
		return new Tjansteutlatande(base.administrationName(), base.unitName(), base.dnr(), base.date(),
				base.handlerName(), base.handlerPhone(), base.to(), title, base.proposal(), base.sections(),
				base.adoption(), base.draft());
	}

	static Tjansteutlatande with(Tjansteutlatande base, String heading, List<String> paragraphs) {
		List<Section> sections = new ArrayList<>(base.sections());
		sections.add(0, new Section(heading, paragraphs));
		return new Tjansteutlatande(base.administrationName(), base.unitName(), base.dnr(), base.date(),
				base.handlerName(), base.handlerPhone(), base.to(), base.title(), base.proposal(), sections,
				base.adoption(), base.draft());
	}

	// --- checking the PDF

	static void assertValid(byte[] pdf) {
		PdfValidator.Result result = validator.validate(pdf);
		assertThat(result.failedRules()).as("veraPDF PDF/A-2a and PDF/UA-1 failures").isEmpty();
		assertThat(result.isValid()).isTrue();
	}

	/** Every glyph on every page lies between the left and right margins. */
	static void assertInsideMargins(PDDocument pdf) throws IOException {
		List<String> outside = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void writeString(String text, List<TextPosition> positions) {
				for (TextPosition position : positions) {
					if (position.getUnicode().isBlank() || position.getUnicode().equals("\u200B")) {
						continue; // a space at the end of a line may hang into the margin
					}
					float left = position.getXDirAdj();
					float right = left + position.getWidthDirAdj();
					if (left < LEFT_EDGE || right > RIGHT_EDGE) {
						outside.add("'" + position.getUnicode() + "' at " + left + ".." + right + " on page "
								+ getCurrentPageNo());
					}
				}
			}
		};
		stripper.getText(pdf);
		assertThat(outside).as("glyphs outside %s..%s pt", LEFT_EDGE, RIGHT_EDGE).isEmpty();
	}

	private static float mm(float millimetres) {
		return millimetres / 25.4f * 72;
	}

	static void collectStructureTypes(PDStructureNode node, List<String> types) {
		for (Object kid : node.getKids()) {
			if (kid instanceof PDStructureElement element) {
				types.add(element.getStructureType());
				collectStructureTypes(element, types);
			}
		}
	}

	// --- reading the PDF back

	static PDDocument load(byte[] pdf) throws IOException {
		assertThat(pdf).isNotEmpty();
		return Loader.loadPDF(pdf);
	}

	static String text(PDDocument pdf) throws IOException {
		return new PDFTextStripper().getText(pdf);
	}

	private static String withoutSpaces(String text) {
		return text.replaceAll("[\\s\u200B]+", "");
	}

	/**
	 * The text with the renderer's break opportunities (U+200B) and the line breaks taken
	 * out.
	 */
	static String joined(String text) {
		return text.replace("\u200B", "").replaceAll("\\R", "");
	}

	static String text(PDDocument pdf, int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(pdf);
	}

	/** The text on a page set in 40 pt or larger. */
	private static String largeText(PDDocument pdf, int page) throws IOException {
		StringBuilder large = new StringBuilder();
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void writeString(String text, List<TextPosition> positions) {
				for (TextPosition position : positions) {
					if (position.getFontSizeInPt() >= 40) {
						large.append(position.getUnicode());
					}
				}
			}
		};
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		stripper.getText(pdf);
		return large.toString();
	}

	static void collectFonts(PDResources resources, List<PDFont> fonts, Set<Object> seen) throws IOException {
		if (resources == null || !seen.add(resources.getCOSObject())) {
			return;
		}
		for (COSName name : resources.getFontNames()) {
			fonts.add(resources.getFont(name));
		}
		for (COSName name : resources.getXObjectNames()) {
			PDXObject xobject = resources.getXObject(name);
			if (xobject instanceof PDFormXObject form) {
				collectFonts(form.getResources(), fonts, seen);
			}
		}
	}

	private static Document parseXmp(PDDocument pdf) throws Exception {
		assertThat(pdf.getDocumentCatalog().getMetadata()).as("XMP metadata").isNotNull();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		try (InputStream xmp = pdf.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xmp.readAllBytes()));
		}
	}

	/** The rdf:li of dc:title/rdf:Alt (a plain dc:title yields none). */
	private static List<String> xmpTitleAlternatives(Document xmp) {
		List<String> titles = new ArrayList<>();
		NodeList dcTitles = xmp.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title");
		for (int i = 0; i < dcTitles.getLength(); i++) {
			NodeList alts = ((Element) dcTitles.item(i)).getElementsByTagNameNS(RDF_NS, "Alt");
			for (int j = 0; j < alts.getLength(); j++) {
				NodeList items = ((Element) alts.item(j)).getElementsByTagNameNS(RDF_NS, "li");
				for (int k = 0; k < items.getLength(); k++) {
					titles.add(items.item(k).getTextContent());
				}
			}
		}
		return titles;
	}

	/**
	 * pdfaid:part, pdfaid:conformance or pdfuaid:part, written as an element or as an
	 * attribute.
	 */
	private static String identification(Document xmp, String namespace, String property) {
		NodeList elements = xmp.getElementsByTagNameNS(namespace, property);
		if (elements.getLength() > 0) {
			return elements.item(0).getTextContent().trim();
		}
		NodeList descriptions = xmp.getElementsByTagNameNS("*", "Description");
		for (int i = 0; i < descriptions.getLength(); i++) {
			Element description = (Element) descriptions.item(i);
			if (description.hasAttributeNS(namespace, property)) {
				return description.getAttributeNS(namespace, property);
			}
		}
		return null;
	}

}
