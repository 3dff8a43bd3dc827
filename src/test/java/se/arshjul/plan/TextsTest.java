package se.arshjul.plan;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Amounts and titles as the validator's messages show them. */
class TextsTest {

	@ParameterizedTest(name = "{0} is shown as {1}")
	@CsvSource(delimiter = '|', value = { "0|0", "21457|21 457", "-3571|-3 571", "255752|255 752", "1234567|1 234 567",
			"12.50|12,5", "-0.25|-0,25", "1E+3|1 000", "100|100" })
	void showsAmountsTheSwedishWay(String amount, String shown) {
		assertThat(Texts.amount(new BigDecimal(amount))).isEqualTo(shown);
	}

	@Test
	void quotesShortTitlesWholeAndCutsLongOnesAtAWord() {
		assertThat(Texts.quoted("  Verksamheten är\n jämställd ")).isEqualTo("”Verksamheten är jämställd”");
		assertThat(Texts.quoted("Alla enheter deltar vid jämställdhetsföreläsningar och jämställdhetsnätverk"))
			.isEqualTo("”Alla enheter deltar vid jämställdhetsföreläsningar och …”");
		assertThat(Texts.named("Enhetsmålet", null)).isEqualTo("Enhetsmålet");
	}

}
