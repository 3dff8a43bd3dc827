package se.arshjul.importing;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParagraphsTest {

	@Test
	void keepsTheExportsOneLineParagraphsApart() {
		assertThat(Paragraphs.of(List.of("Första stycket.", "", " ", "Andra stycket.")))
			.containsExactly("Första stycket.", "Andra stycket.");
	}

	@Test
	void joinsPdfLinesWrappedMidSentenceAcrossBlankLines() {
		assertThat(Paragraphs.of(List.of("Enheten arbetar med teamutveckling i ärenden där flera assistenter ", "",
				"arbetar. Målet är att optimera stödet och servicen för brukaren samt att uppnå och/eller ", "",
				"Försäkringskassans beslut gäller.", "", "Nytt stycke.")))
			.containsExactly("Enheten arbetar med teamutveckling i ärenden där flera assistenter arbetar. Målet är att "
					+ "optimera stödet och servicen för brukaren samt att uppnå och/eller Försäkringskassans beslut gäller.",
					"Nytt stycke.");
	}

	@Test
	void mendsWordsSplitAtAHyphenAndKeepsRealHyphens() {
		assertThat(Paragraphs.of(List.of("samarbeten med förvaltningens HR-", "funktion och med funktionshinders-",
				"området samt jämställdhets-", "och mångfaldsplanen.")))
			.containsExactly("samarbeten med förvaltningens HR-funktion och med funktionshindersområdet samt "
					+ "jämställdhets- och mångfaldsplanen.");
	}

	@Test
	void keepsABulletListTogetherAndApartFromTheTextAround() {
		assertThat(Paragraphs.of(List.of("Stödinsatser är till exempel:", "", "- korttidsvistelse", "- ledsagning", "",
				"Inom enheten fattas beslut.")))
			.containsExactly("Stödinsatser är till exempel:", "- korttidsvistelse\n- ledsagning",
					"Inom enheten fattas beslut.");
	}

}
