package se.arshjul.rendering;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import se.arshjul.plan.Assistansenheten2017;
import se.arshjul.plan.DocumentKind;
import se.arshjul.plan.Indicator;
import se.arshjul.plan.Periodicity;
import se.arshjul.plan.PlanContent;
import se.arshjul.plan.UnitGoal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accessible HTML version of the 2017 Assistansenheten VP, through the real
 * stylesheet. No HTML parser is on the test classpath, so the page, which is polyglot
 * HTML5, is read as XML with the JDK's parser: that it parses at all shows it is
 * well-formed.
 */
class TjansteutlatandeHtmlTest {

	private static final String HOSTILE = "<script>alert(1)</script>";

	private static final TjansteutlatandeRenderer renderer = TjansteutlatandeRendererTest.renderer;

	private static String html;

	private static Document page;

	@BeforeAll
	static void render() throws Exception {
		html = renderer.renderHtml(PlanRenderingTest.document(PlanRenderingTest.vp2017(), DocumentKind.VP,
				"Verksamhetsplan 2017 för Assistansenheten"));
		Path sample = Path.of(System.getProperty("java.io.tmpdir"), "sample.html");
		try {
			Files.writeString(sample, html, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			// only a copy to look at
		}
		page = parse(html);
	}

	@Test
	void isACompleteHtml5PageInSwedishWithATitleAndAHeader() {
		assertThat(html).startsWith("<!DOCTYPE html>");
		assertThat(html).doesNotContain("disable-output-escaping");
		Element root = page.getDocumentElement();
		assertThat(root.getTagName()).isEqualTo("html");
		assertThat(root.getAttribute("lang")).isEqualTo("sv");
		assertThat(text(first("title"))).isEqualTo("Verksamhetsplan 2017 för Assistansenheten");
		assertThat(first("meta").getAttribute("charset")).isEqualTo("UTF-8");
		String header = text(first("header"));
		assertThat(header).contains("Hägersten-Liljeholmens stadsdelsförvaltning", "Assistansenheten",
				"Tjänsteutlåtande", "Dnr:", "534-2016-1.1", "2016-11-22", "Handläggare:", "Hans Saarela", "Till:",
				"Hägersten-Liljeholmens stadsdelsnämnd");
		assertThat(elements("main")).hasSize(1);
		assertThat(html).doesNotContain("Utkast");
	}

	@Test
	void hasOneH1AndHeadingLevelsThatNeverSkip() {
		List<Element> headings = headings(page);
		assertThat(headings.get(0).getTagName()).isEqualTo("h1");
		assertThat(headings.stream().filter((h) -> h.getTagName().equals("h1"))).hasSize(1);
		assertThat(text(headings.get(0))).isEqualTo("Verksamhetsplan 2017 för Assistansenheten");
		int level = 0;
		for (Element heading : headings) {
			int next = heading.getTagName().charAt(1) - '0';
			assertThat(next).as("%s after h%d", text(heading), level).isLessThanOrEqualTo(level + 1);
			level = next;
		}
		assertThat(headings.stream().map(Element::getTagName)).contains("h2", "h3", "h4", "h5", "h6");
		List<String> h2 = headings.stream()
			.filter((h) -> h.getTagName().equals("h2"))
			.map(TjansteutlatandeHtmlTest::text)
			.toList();
		assertThat(h2).containsSubsequence("Innehåll", "Förslag till beslut", "Inledning",
				"KF:s inriktningsmål: 2. Ett klimatsmart Stockholm", "Uppföljning av ekonomi", "Övriga frågor",
				"Bilagor", "Beslut");
	}

	@Test
	void showsTheGoalCascadeWithTheKfGoalsAsHeadings() {
		List<String> h3 = headings(page).stream()
			.filter((h) -> h.getTagName().equals("h3"))
			.map(TjansteutlatandeHtmlTest::text)
			.toList();
		assertThat(h3).containsSubsequence("KF:s mål för verksamhetsområdet: 2.1 Energianvändningen är hållbar",
				"KF:s mål för verksamhetsområdet: 3.5 Stockholms stads ekonomi är långsiktigt hållbar",
				"KF:s mål för verksamhetsområdet: 4.1 Stockholm är en jämställd stad där makt och resurser fördelas lika");
		List<String> all = headings(page).stream().map(TjansteutlatandeHtmlTest::text).toList();
		assertThat(all).anyMatch((h) -> h.startsWith("Nämndmål: "))
			.anyMatch((h) -> h.equals("Enhetsmål: Verksamheten är kostnadseffektiv."))
			.contains("Förväntat resultat", "Arbetssätt", "Verksamhetsidé och värdegrund");
	}

	@Test
	void everyTableHasACaptionAndHeaderCellsWithScope() {
		List<Element> tables = elements("table");
		assertThat(tables).hasSizeGreaterThan(5);
		for (Element table : tables) {
			List<Element> captions = children(table, "caption");
			assertThat(captions).as("caption").hasSize(1);
			assertThat(text(captions.get(0))).isNotBlank();
			List<Element> headers = descendants(table, "th");
			assertThat(headers).as("th in %s", text(captions.get(0))).isNotEmpty();
			for (Element th : headers) {
				assertThat(th.getAttribute("scope")).as("scope of %s", text(th)).isIn("col", "row");
			}
			Element head = children(table, "thead").get(0);
			assertThat(descendants(head, "th")).allMatch((th) -> th.getAttribute("scope").equals("col"));
		}
	}

	@Test
	void showsTheIndicatorRowWithItsValues() {
		List<String> row = elements("tr").stream()
			.filter((tr) -> !children(tr, "th").isEmpty() && text(children(tr, "th").get(0)).equals("Sjukfrånvaro"))
			.findFirst()
			.map((tr) -> cells(tr))
			.orElseThrow();
		assertThat(row).containsExactly("Sjukfrånvaro", "7 %", "tas fram av nämnden", "Tertial");
		Element table = (Element) elements("tr").stream()
			.filter((tr) -> text(tr).startsWith("Sjukfrånvaro"))
			.findFirst()
			.orElseThrow()
			.getParentNode()
			.getParentNode();
		assertThat(cells((Element) descendants(table, "tr").get(0))).containsExactly("Indikator", "Årsmål",
				"KF:s årsmål", "Periodicitet");
	}

	@Test
	void showsTheBudgetWithRowHeadersRightAlignedAmountsAndTheSums() {
		List<Element> budgets = elements("table").stream()
			.filter((t) -> t.getAttribute("class").equals("budget"))
			.toList();
		assertThat(budgets).isNotEmpty();
		List<Element> sums = new ArrayList<>();
		for (Element budget : budgets) {
			for (Element tr : descendants(children(budget, "tbody").get(0), "tr")) {
				List<Element> th = children(tr, "th");
				assertThat(th).hasSize(1);
				assertThat(th.get(0).getAttribute("scope")).isEqualTo("row");
				assertThat(children(tr, "td")).allMatch((td) -> td.getAttribute("class").equals("num"));
				if (tr.getAttribute("class").equals("sum")) {
					sums.add(tr);
				}
			}
		}
		assertThat(sums.stream().map(TjansteutlatandeHtmlTest::cells))
			.anyMatch((row) -> row.get(0).equals("Summa intäkter") && row.contains("21 457"))
			.anyMatch((row) -> row.get(0).equals("Summa kostnader") && row.contains("21 457"));
		assertThat(html).contains(".num { text-align: right;");
	}

	@Test
	void hasATableOfContentsWithLinksToTheHeadings() {
		List<Element> navs = elements("nav");
		assertThat(navs).hasSize(1);
		assertThat(navs.get(0).getAttribute("aria-label")).isEqualTo("Innehåll");
		Set<String> ids = new HashSet<>();
		for (Element heading : headings(page)) {
			ids.add(heading.getAttribute("id"));
		}
		List<Element> links = descendants(navs.get(0), "a");
		assertThat(links).hasSizeGreaterThan(10);
		for (Element link : links) {
			String href = link.getAttribute("href");
			assertThat(href).startsWith("#");
			assertThat(ids).as("target of %s", text(link)).contains(href.substring(1));
		}
		assertThat(links.stream().map(TjansteutlatandeHtmlTest::text)).contains("Förslag till beslut", "Inledning",
				"2.1 Energianvändningen är hållbar", "Uppföljning av ekonomi", "Bilagor", "Beslut");
	}

	@Test
	void aDraftHasAVisibleUtkastBanner() throws Exception {
		Tjansteutlatande draft = new Tjansteutlatande("Förvaltningen", "Enheten", "1-2027-1.1",
				LocalDate.of(2026, 10, 1), "Handläggaren", null, "Nämnden", "Verksamhetsplan 2027", null, List.of(),
				null, true, Assistansenheten2017.vp(), DocumentKind.VP);
		Document drafted = parse(renderer.renderHtml(draft));
		List<Element> notes = descendants(drafted.getDocumentElement(), "p").stream()
			.filter((p) -> p.getAttribute("class").equals("draft"))
			.toList();
		assertThat(notes).hasSize(1);
		assertThat(text(notes.get(0))).startsWith("Utkast");
	}

	@Test
	void escapesHostileTextEverywhere() throws Exception {
		PlanContent plan = PlanRenderingTest.vp2017();
		plan = plan.withDirectionGoals(plan.directionGoals()
			.stream()
			.map((direction) -> new se.arshjul.plan.DirectionGoal(direction.number(), HOSTILE + direction
				.title(), direction.councilGoals()
					.stream()
					.map((goal) -> new se.arshjul.plan.CouncilGoal(goal.number(), goal.title(),
							List.of(new Indicator(HOSTILE, HOSTILE, HOSTILE, HOSTILE, Periodicity.YEAR)),
							goal.boardGoals()
								.stream()
								.map((board) -> new se.arshjul.plan.BoardGoal(HOSTILE, HOSTILE, HOSTILE,
										board.activities(),
										board.unitGoals()
											.stream()
											.map((unit) -> new UnitGoal(HOSTILE, HOSTILE, HOSTILE, null, null, null))
											.toList(),
										board.assessment()))
								.toList(),
							goal.assessment()))
					.toList()))
			.toList());
		Tjansteutlatande hostile = new Tjansteutlatande(HOSTILE, HOSTILE, HOSTILE, LocalDate.of(2026, 10, 1), HOSTILE,
				HOSTILE, HOSTILE, HOSTILE + " & ]]> \"'", HOSTILE,
				List.of(new Tjansteutlatande.Section(HOSTILE, List.of(HOSTILE))),
				new Tjansteutlatande.Adoption(HOSTILE, LocalDate.of(2026, 12, 1), HOSTILE), true, plan,
				DocumentKind.VP);
		String out = renderer.renderHtml(hostile);
		assertThat(out).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		Document parsed = parse(out);
		assertThat(parsed.getElementsByTagName("script").getLength()).isZero();
		assertThat(text((Element) parsed.getElementsByTagName("title").item(0))).isEqualTo(HOSTILE + " & ]]> \"'");
		assertThat(text((Element) parsed.getElementsByTagName("h1").item(0))).isEqualTo(HOSTILE + " & ]]> \"'");
		assertThat(text(parsed.getDocumentElement())).contains("Enhetsmål: " + HOSTILE, "Nämndmål: " + HOSTILE);
	}

	// --- reading the page

	static Document parse(String html) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		factory.setNamespaceAware(false);
		DocumentBuilder builder = factory.newDocumentBuilder();
		builder.setErrorHandler(null);
		return builder.parse(new InputSource(new StringReader(html)));
	}

	private static Element first(String tag) {
		return elements(tag).get(0);
	}

	private static List<Element> elements(String tag) {
		return descendants(page.getDocumentElement(), tag);
	}

	static List<Element> descendants(Element root, String tag) {
		NodeList nodes = root.getElementsByTagName(tag);
		return IntStream.range(0, nodes.getLength()).mapToObj((i) -> (Element) nodes.item(i)).toList();
	}

	private static List<Element> children(Element parent, String tag) {
		List<Element> out = new ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && element.getTagName().equals(tag)) {
				out.add(element);
			}
		}
		return out;
	}

	/** The h1 to h6 in document order. */
	static List<Element> headings(Document document) {
		List<Element> out = new ArrayList<>();
		collectHeadings(document.getDocumentElement(), out);
		return out;
	}

	private static void collectHeadings(Element element, List<Element> out) {
		if (element.getTagName().matches("h[1-6]")) {
			out.add(element);
		}
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element next) {
				collectHeadings(next, out);
			}
		}
	}

	private static List<String> cells(Element tr) {
		List<String> out = new ArrayList<>();
		for (Node child = tr.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element cell) {
				out.add(text(cell));
			}
		}
		return out;
	}

	/**
	 * Text content, no-break spaces as spaces, break opportunities (U+200B) out, spaces
	 * collapsed.
	 */
	static String text(Element element) {
		return element.getTextContent().replace('\u00A0', ' ').replace("\u200B", "").replaceAll("\\s+", " ").strip();
	}

}
