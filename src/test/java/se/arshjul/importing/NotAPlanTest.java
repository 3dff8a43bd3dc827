package se.arshjul.importing;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Text that is not a plan is refused with a reason, not imported as an empty plan. */
class NotAPlanTest {

	private final PlanImporter importer = new PlanImporter();

	@Test
	void refusesARecipeForHavingNoGoalsNoBudgetAndNoPlanHeadings() {
		String recipe = """
				Kanelbullar

				Ingredienser
				25 g jäst
				100 g smör
				3 dl mjölk
				1 tsk kardemumma

				Gör så här

				Smält smöret och häll i mjölken. Rör ut jästen i degvätskan och tillsätt resten av ingredienserna.
				Låt degen jäsa i 30 minuter. Baka ut och grädda i 225 grader i 8 minuter.

				Inledning

				Kanelbullens dag firas den 4 oktober.
				""";

		assertThatExceptionOfType(NotAPlanException.class).isThrownBy(() -> this.importer.parse(recipe))
			.withMessageContaining("inga mål och ingen budget")
			.withMessageContaining("det ser inte ut som en verksamhetsplan");
	}

	@Test
	void refusesAnEmptyOrBlankText() {
		assertThatExceptionOfType(NotAPlanException.class).isThrownBy(() -> this.importer.parse(""))
			.withMessageStartingWith("Texten är tom");
		assertThatExceptionOfType(NotAPlanException.class).isThrownBy(() -> this.importer.parse(" \n\t\n "))
			.withMessageStartingWith("Texten är tom");
		assertThatExceptionOfType(NotAPlanException.class).isThrownBy(() -> this.importer.parse(null))
			.withMessageStartingWith("Texten är tom");
	}

	@Test
	void refusesRandomBytesDecodedAsText() {
		byte[] bytes = new byte[4096];
		new Random(20170101).nextBytes(bytes);

		assertThatExceptionOfType(NotAPlanException.class)
			.isThrownBy(() -> this.importer.parse(new String(bytes, StandardCharsets.UTF_8)))
			.withMessageContaining("inte är läsbar text");
		assertThatExceptionOfType(NotAPlanException.class)
			.isThrownBy(() -> this.importer.parse(new String(bytes, StandardCharsets.ISO_8859_1)))
			.withMessageContaining("inte är läsbar text");
	}

	@Test
	void refusesOrdinaryProseWithoutAnyPlanStructure() {
		String letter = "Hej!\n\nTack för senast. Vi ses på mötet på torsdag klockan 10 i stora salen.\n\nHälsningar\nAnna";

		assertThatExceptionOfType(NotAPlanException.class).isThrownBy(() -> this.importer.parse(letter))
			.withMessageContaining("det ser inte ut som en verksamhetsplan");
	}

}
