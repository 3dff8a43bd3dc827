package se.arshjul.importing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineCleanerTest {

	@Test
	void dropsPageMarkersTjansteutlatandeAndDnrLinesAndKeepsTheDnr() {
		LineCleaner.Cleaned cleaned = LineCleaner.clean(
				"Assistansenheten\r\n\r\nTjänsteutlåtande\r\nDnr: 534-2016-1.1\r\nSid 1 (12)\r\nText här.\r\n3 (12)\r\n");

		assertThat(cleaned.dnr()).isEqualTo("534-2016-1.1");
		assertThat(cleaned.lines()).containsExactly("Assistansenheten", "", "Text här.", "");
	}

	@Test
	void dropsAHeaderLineRepeatedAtEveryPageBreakButNotTheSameWordsInText() {
		String text = "Hägersten-Liljeholmens stadsdelsförvaltning\nSid 2 (3)\nförsta delen av en mening som \n"
				+ "Hägersten-Liljeholmens stadsdelsförvaltning\nSid 3 (3)\nfortsätter här.\n\n\n\n\n"
				+ "Hägersten-Liljeholmens stadsdelsförvaltning";

		assertThat(LineCleaner.clean(text).lines()).containsExactly("första delen av en mening som", "fortsätter här.",
				"", "", "", "", "Hägersten-Liljeholmens stadsdelsförvaltning");
	}

	@Test
	void turnsBoldMarkersIntoLineBreaksAndDropsInlineTags() {
		assertThat(LineCleaner.clean("ÅTAGANDE:**Vi åtar oss.****Förväntat resultat**\n<i>Summa intäkter</i>\t21 457")
			.lines()).containsExactly("ÅTAGANDE:", "Vi åtar oss.", "Förväntat resultat", "", "Summa intäkter\t21 457");
	}

}
