package se.arshjul.rendering;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import se.arshjul.rendering.Tjansteutlatande.Adoption;
import se.arshjul.rendering.Tjansteutlatande.Section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class TjansteutlatandeRendererTest {

	private static final String ADMINISTRATION = "Hägersten-Liljeholmens stadsdelsförvaltning";

	private static final String UNIT = "Assistansenheten";

	private static final String BOARD = "Hägersten-Liljeholmens stadsdelsnämnd";

	private static final String TITLE = "Verksamhetsplan 2027 för Assistansenheten";

	private static final String PDFA_ID_NS = "http://www.aiim.org/pdfa/ns/id/";

	private static final String RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

	private static TjansteutlatandeRenderer renderer;

	@BeforeAll
	static void createRenderer() {
		renderer = new TjansteutlatandeRenderer();
	}

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
					"Ökad delaktighet för äldre", "Åsa Öberg på Älvsjö äldreboende", "ÅÄÖ åäö é ü",
					"Övriga frågor");
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
				"Hans Saarela", null, BOARD, TITLE, null, List.of(new Section("Inledning", List.of("Kort text."))), null,
				false);
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
					assertThat(font.getName()).contains("Liberation");
				});
			}
		}
	}

	@Test
	void declaresPdfA2bAndTheDocumentsMetadata() throws Exception {
		try (PDDocument pdf = load(renderer.render(adopted()))) {
			Document xmp = parseXmp(pdf);
			assertThat(pdfaIdentification(xmp, "part")).isEqualTo("2");
			assertThat(pdfaIdentification(xmp, "conformance")).isEqualTo("B");
			assertThat(xmpTitleAlternatives(xmp)).as("dc:title as rdf:Alt, as PDF/A requires").containsExactly(TITLE);
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(TITLE);
			assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo(ADMINISTRATION);
			assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("sv");
		}
	}

	@Test
	void writesUserTextThatLooksLikeMarkupLiterally() throws IOException {
		String markup = "<fo:block>&amp; ]]>";
		Tjansteutlatande document = with(adopted(), markup + " rubrik",
				List.of(markup, "<xsl:value-of select=\"/\"/> och <!-- kommentar --> &#x41; <?pi x?>"));
		try (PDDocument pdf = load(renderer.render(document))) {
			assertThat(text(pdf)).contains(markup + " rubrik", markup,
					"<xsl:value-of select=\"/\"/> och <!-- kommentar --> &#x41; <?pi x?>");
		}
	}

	@Test
	void stripsControlCharactersThatXmlCannotCarry() throws Exception {
		Tjansteutlatande document = new Tjansteutlatande(ADMINISTRATION, UNIT, "534-2026-1.1",
				LocalDate.of(2026, 11, 20), "Hans\u0000 Saarela", null, BOARD, "Plan\u0007 2027\uFFFF",
				null, List.of(new Section("Rubrik\u001B", List.of("Ett\u0001 två\u0008 tre\u009F fyra\uD800."))), null,
				false);
		byte[] bytes = renderer.render(document);
		try (PDDocument pdf = load(bytes)) {
			assertThat(text(pdf)).contains("Handläggare: Hans Saarela", "Plan 2027", "Rubrik", "Ett två tre fyra.");
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Plan 2027");
			assertThat(parseXmp(pdf)).isNotNull();
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

	@Test
	void rendersADocumentWithNoSectionsAndMissingFields() {
		Tjansteutlatande empty = new Tjansteutlatande(null, null, null, null, null, null, null, null, null, null, null,
				true);
		assertThatCode(() -> load(renderer.render(empty)).close()).doesNotThrowAnyException();
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
		sections.add(new Section("Ökad delaktighet för äldre", List.of(
				"Åsa Öberg på Älvsjö äldreboende leder arbetet. Specialtecken: ÅÄÖ åäö é ü – ”citat” § 5.")));
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

	private static Tjansteutlatande with(Tjansteutlatande base, String heading, List<String> paragraphs) {
		List<Section> sections = new ArrayList<>(base.sections());
		sections.add(0, new Section(heading, paragraphs));
		return new Tjansteutlatande(base.administrationName(), base.unitName(), base.dnr(), base.date(),
				base.handlerName(), base.handlerPhone(), base.to(), base.title(), base.proposal(), sections,
				base.adoption(), base.draft());
	}

	// --- reading the PDF back

	private static PDDocument load(byte[] pdf) throws IOException {
		assertThat(pdf).isNotEmpty();
		return Loader.loadPDF(pdf);
	}

	private static String text(PDDocument pdf) throws IOException {
		return new PDFTextStripper().getText(pdf);
	}

	private static String text(PDDocument pdf, int page) throws IOException {
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

	private static void collectFonts(PDResources resources, List<PDFont> fonts, Set<Object> seen) throws IOException {
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

	/** pdfaid:part or pdfaid:conformance, written as an element or as an attribute. */
	private static String pdfaIdentification(Document xmp, String property) {
		NodeList elements = xmp.getElementsByTagNameNS(PDFA_ID_NS, property);
		if (elements.getLength() > 0) {
			return elements.item(0).getTextContent().trim();
		}
		NodeList descriptions = xmp.getElementsByTagNameNS("*", "Description");
		for (int i = 0; i < descriptions.getLength(); i++) {
			Element description = (Element) descriptions.item(i);
			if (description.hasAttributeNS(PDFA_ID_NS, property)) {
				return description.getAttributeNS(PDFA_ID_NS, property);
			}
		}
		return null;
	}

}
