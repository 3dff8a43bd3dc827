package se.arshjul.importing;

import org.junit.jupiter.api.Test;

import se.arshjul.plan.CouncilGoal;
import se.arshjul.plan.PlanContent;
import se.arshjul.plan.Section;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the importer cannot place is kept under övriga avsnitt and named in a warning,
 * never dropped.
 */
class UnplaceableTextTest {

	private static final String PLAN = """
			Verksamhetsplan 2018 för Testenheten

			Inledning

			Verksamhetsidé och värdegrund

			Vi finns till för brukarna.

			Våra lokaler

			Enheten flyttar till nya lokaler i mars.

			KF:s inriktningsmål:

			3. Ett ekonomiskt hållbart Stockholm

			KF:s mål för verksamhetsområdet:

			3.5 Stockholms stads ekonomi är långsiktigt hållbar

			Indikator\tÅrsmål\tKF:s årsmål\tPeriodicitet
			 Nämndens budgetföljsamhet efter resultatöverföringar\t100 %\t100 %\tTertial

			En anteckning som hamnat mellan tabellen och nämndmålet.

			Nämndmål:

			Stadsdelsnämndens verksamheter har en långsiktigt hållbar ekonomi

			Förväntat resultat

			Verksamheterna bedrivs kostnadseffektivt.

			Enhetsmål:

			Verksamheten är kostnadseffektiv.

			Förväntat resultat

			Budgeten hålls.

			Organisations- och ledningsstruktur

			Enheten leds av en enhetschef och två samordnare.

			Övriga frågor

			Inga.
			""";

	private final ImportResult result = new PlanImporter().parse(PLAN);

	private final PlanContent plan = this.result.content();

	@Test
	void keepsAnUnknownSubheadingUnderInledningAsASectionWithAWarning() {
		assertThat(this.plan.otherSections())
			.contains(new Section("Våra lokaler", "Enheten flyttar till nya lokaler i mars."));
		assertThat(this.result.warnings()).contains("Avsnittet ”Våra lokaler” har ingen egen plats i planen och har "
				+ "sparats som fritext under Övriga avsnitt");
	}

	@Test
	void keepsStrayTextBetweenATableAndTheNextHeadingWithAWarning() {
		assertThat(this.plan.otherSections())
			.contains(new Section(null, "En anteckning som hamnat mellan tabellen och nämndmålet."));
		assertThat(this.result.warnings()).contains("Texten ”En anteckning som hamnat mellan tabellen och nämndmålet.” "
				+ "kunde inte placeras och har sparats som fritext under Övriga avsnitt");
	}

	@Test
	void keepsAHeadedSectionThePlanModelHasNoFieldForWithAWarning() {
		assertThat(this.plan.otherSections()).contains(new Section("Organisations- och ledningsstruktur",
				"Enheten leds av en enhetschef och två samordnare."));
		assertThat(this.result.warnings()).anySatisfy((warning) -> assertThat(warning)
			.startsWith("Avsnittet ”Organisations- och ledningsstruktur” har ingen egen plats"));
	}

	@Test
	void stillPlacesEverythingElse() {
		CouncilGoal council = this.plan.directionGoals().get(0).councilGoals().get(0);
		assertThat(council.indicators()).hasSize(1);
		assertThat(council.boardGoals().get(0).unitGoals().get(0).expectedResult()).isEqualTo("Budgeten hålls.");
		assertThat(this.plan.introduction().vision()).isEqualTo("Vi finns till för brukarna.");
		assertThat(this.plan.otherMatters()).isEqualTo("Inga.");
		assertThat(this.plan.otherSections()).hasSize(3);
		assertThat(this.result.warnings()).hasSize(3);
		assertThat(this.result.year()).isEqualTo(2018);
		assertThat(this.result.unitName()).isEqualTo("Testenheten");
	}

	@Test
	void keepsAnIndicatorTableOutsideTheGoalsAsText() {
		ImportResult stray = new PlanImporter()
			.parse("Inledning\n\nVerksamhetsbeskrivning\n\nText.\n\nÖvriga frågor\n\n"
					+ "Indikator\tÅrsmål\tKF:s årsmål\tPeriodicitet\nSjukfrånvaro\t7 %\t6 %\tTertial\n");

		assertThat(stray.content().otherSections()).containsExactly(
				new Section("Indikatorer", "Indikator Årsmål KF:s årsmål Periodicitet\nSjukfrånvaro 7 % 6 % Tertial"));
		assertThat(stray.warnings()).hasSize(1);
	}

}
