package se.arshjul.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.arshjul.plan.Assistansenheten2017;
import se.arshjul.plan.Activity;
import se.arshjul.plan.BoardGoal;
import se.arshjul.plan.Budget;
import se.arshjul.plan.CouncilGoal;
import se.arshjul.plan.DirectionGoal;
import se.arshjul.plan.DocumentKind;
import se.arshjul.plan.Indicator;
import se.arshjul.plan.Periodicity;
import se.arshjul.plan.PlanContent;
import se.arshjul.plan.PlanValidator;
import se.arshjul.plan.RowKind;
import se.arshjul.plan.UnitGoal;
import se.arshjul.plan.ValidationResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The 2017 plan of Assistansenheten, as exported by the planning system, imports whole.
 */
class Assistansenheten2017ImportTest {

	private final ImportResult result = new PlanImporter().parse(Seeds.read(Seeds.VP_2017));

	private final PlanContent plan = this.result.content();

	@Test
	void readsWhatThePlanSaysAboutItself() {
		assertThat(this.result.documentTitle()).isEqualTo("Verksamhetsplan 2017 för Assistansenheten");
		assertThat(this.result.unitName()).isEqualTo("Assistansenheten");
		assertThat(this.result.year()).isEqualTo(2017);
		assertThat(this.result.dnr()).isEqualTo("534-2016-1.1");
	}

	@Test
	void bringsEveryKfGoalThroughUnderItsInriktningsmal() {
		assertThat(this.plan.directionGoals()).extracting(DirectionGoal::number, DirectionGoal::title)
			.containsExactly(tuple("2", "Ett klimatsmart Stockholm"), tuple("3", "Ett ekonomiskt hållbart Stockholm"),
					tuple("4", "Ett demokratiskt hållbart Stockholm"));
		assertThat(councilGoals()).extracting(CouncilGoal::number)
			.containsExactly("2.1", "3.5", "4.1", "4.2", "4.3", "4.4", "4.5", "4.6");
		assertThat(council("3.5").title()).isEqualTo("Stockholms stads ekonomi är långsiktigt hållbar");
	}

	@Test
	void readsIndicatorsWithArsmalKfArsmalAndPeriodicity() {
		assertThat(council("4.2").indicators())
			.extracting(Indicator::name, Indicator::unit, Indicator::unitTarget, Indicator::councilTarget,
					Indicator::periodicity)
			.containsExactly(tuple("Sjukfrånvaro", "%", "7 %", "tas fram av nämnden", Periodicity.TERTIAL),
					tuple("Sjukfrånvaro dag 1-14", "%", "2,5 %", "tas fram av nämnden", Periodicity.TERTIAL));
		assertThat(council("3.5").indicators())
			.extracting(Indicator::name, Indicator::unitTarget, Indicator::councilTarget, Indicator::periodicity)
			.containsExactly(tuple("Nämndens budgetföljsamhet efter resultatöverföringar", "100 %", "100 %",
					Periodicity.TERTIAL));
		assertThat(council("4.6").indicators()).hasSize(4)
			.extracting(Indicator::unitTarget, Indicator::councilTarget, Indicator::periodicity)
			.containsExactly(tuple("90 %", "89 %", Periodicity.YEAR), tuple("80 %", "77 %", Periodicity.YEAR),
					tuple("60 %", "tas fram av nämnden", Periodicity.YEAR),
					tuple("65 %", "Fastställs 2017", Periodicity.YEAR));
		assertThat(councilGoals().stream().flatMap((goal) -> goal.indicators().stream())).hasSize(7);
	}

	@Test
	void readsTheNamndmalWithExpectedResultAndTheirActivitiesWithDates() {
		BoardGoal arbetsmiljo = council("4.2").boardGoals().get(0);
		assertThat(arbetsmiljo.title())
			.isEqualTo("Stadsdelsnämndens medarbetare är professionella, engagerade och har en god arbetsmiljö");
		assertThat(arbetsmiljo.expectedResult()).startsWith("Delaktighet och ett bra arbetsklimat")
			.endsWith("Indikatorerna under 4.2 används för uppföljning av det förväntade resultatet.");
		assertThat(arbetsmiljo.activities()).extracting(Activity::title, Activity::startDate, Activity::endDate)
			.containsExactly(
					tuple("Allmän visstidsanställning ska användas i minskad omfattning.", LocalDate.of(2017, 1, 1),
							LocalDate.of(2017, 12, 31)),
					tuple("Andelen timavlönade medarbetare ska minska.", LocalDate.of(2017, 1, 1),
							LocalDate.of(2017, 12, 31)),
					tuple("Enheterna ska i tertialrapport 2 redovisa arbetet utifrån förvaltningens jämställdhets- och "
							+ "mångfaldsplan.", LocalDate.of(2017, 1, 1), LocalDate.of(2017, 8, 31)),
					tuple("Nyrekrytering av deltidsanställda ska endast ske efter noggrant övervägande.",
							LocalDate.of(2014, 1, 1), LocalDate.of(2017, 12, 31)));
		assertThat(boardGoals()).hasSize(9);
		assertThat(boardGoals().stream().flatMap((goal) -> goal.activities().stream())).hasSize(6);
		assertThat(council("4.6").boardGoals()).extracting(BoardGoal::title)
			.containsExactly("Kommunikation och information är planerad, medveten, effektiv och tillgänglig för alla",
					"Personer med funktionsnedsättning lever ett självständigt liv och deltar på lika villkor i samhället");
	}

	@Test
	void readsEveryEnhetsmalWithItsHeadedParagraphs() {
		List<UnitGoal> unitGoals = boardGoals().stream().flatMap((goal) -> goal.unitGoals().stream()).toList();
		assertThat(unitGoals).hasSize(9).allSatisfy((goal) -> {
			assertThat(goal.title()).isNotBlank();
			assertThat(goal.expectedResult()).isNotBlank();
			assertThat(goal.workingMethods()).isNotBlank();
			assertThat(goal.followUp()).isNotBlank();
		});
		UnitGoal klimat = unitGoals.get(0);
		assertThat(klimat.title()).isEqualTo("Vi bedriver verksamhet med minsta möjliga miljöbelastning.");
		assertThat(klimat.expectedResult()).isEqualTo("Miljöbelastningen från enheten minskar.");
		assertThat(klimat.workingMethods().split("\n\n")).hasSize(3);
		assertThat(klimat.followUp()).isEqualTo("Uppföljning sker en gång per termin på APT.");
		assertThat(unitGoals.get(7).development()).as("Utveckling under 4.6").isEqualTo(".");
	}

	@Test
	void readsTheBudgetInTkrWithItsSumsAndNetto() {
		assertThat(this.plan.budgets()).hasSize(1);
		Budget budget = this.plan.budgets().get(0);
		assertThat(budget.title()).isEqualTo("Budget 2017");
		assertThat(budget.columns()).containsExactly("Budget");
		assertThat(budget.rows()).extracting((row) -> row.label(), (row) -> row.kind())
			.containsExactly(tuple("Taxor och avgifter", RowKind.INCOME), tuple("Hysesintäkter", RowKind.INCOME),
					tuple("Bidrag", RowKind.INCOME), tuple("Försäljning", RowKind.INCOME),
					tuple("Övriga externa intäkter", RowKind.INCOME), tuple("Summa intäkter", RowKind.SUM_INCOME),
					tuple("Personalkostnader", RowKind.COST), tuple("Övriga personalkostnader", RowKind.COST),
					tuple("Lokalkostnader", RowKind.COST), tuple("Entreprenader och köp av verksamhet", RowKind.COST),
					tuple("Övriga kostnader", RowKind.COST), tuple("Summa kostnader", RowKind.SUM_COST),
					tuple("Summa netto", RowKind.NET));
		assertThat(amount(budget, "Bidrag")).isEqualByComparingTo("16966");
		assertThat(amount(budget, "Summa intäkter")).isEqualByComparingTo("21457");
		assertThat(amount(budget, "Summa kostnader")).isEqualByComparingTo("21457");
		assertThat(amount(budget, "Summa netto")).isEqualByComparingTo("0");
	}

	@Test
	void readsInledningResursanvandningOvrigaFragorAndBilagor() {
		assertThat(this.plan.introduction().vision()).startsWith("Assistansenheten utför alltid insatserna");
		assertThat(this.plan.introduction().description()).startsWith("Assistansenheten i Hägersten-Liljeholmens")
			.endsWith("Budgetomslutningen 2017 beräknas till drygt 21 mnkr.");
		assertThat(this.plan.introduction().qualityWork()).startsWith("Fokus under året");
		assertThat(this.plan.introduction().staffParticipation()).contains("APT den 14 november 2016");
		assertThat(this.plan.resourceUse()).startsWith("På kontoret finns källsortering av papper.");
		assertThat(this.plan.otherMatters()).startsWith("Enheten tar tacksamt emot klagomål");
		assertThat(this.plan.attachments()).extracting((attachment) -> attachment.title())
			.containsExactly("Plan for internkontroll med väsentlighets- och riskanalys 2017");
	}

	@Test
	void leavesNothingUnplacedAndWarnsOfNothing() {
		assertThat(this.plan.otherSections()).isEmpty();
		assertThat(this.result.warnings()).isEmpty();
	}

	@Test
	void passesValidationAsAVerksamhetsplanWithoutErrors() {
		ValidationResult validation = PlanValidator.validate(DocumentKind.VP, this.plan);

		assertThat(validation.errors()).isEmpty();
		assertThat(validation.hasErrors()).isFalse();
	}

	/**
	 * The import must give exactly the plan package's hand-made transcription of the same
	 * seed.
	 */
	@Test
	void equalsTheHandMadeTranscriptionOfTheSeed() {
		assertThat(this.plan).isEqualTo(Assistansenheten2017.vp());
	}

	private List<CouncilGoal> councilGoals() {
		return this.plan.directionGoals().stream().flatMap((goal) -> goal.councilGoals().stream()).toList();
	}

	private CouncilGoal council(String number) {
		return councilGoals().stream().filter((goal) -> number.equals(goal.number())).findFirst().orElseThrow();
	}

	private List<BoardGoal> boardGoals() {
		return councilGoals().stream().flatMap((goal) -> goal.boardGoals().stream()).toList();
	}

	private static BigDecimal amount(Budget budget, String label) {
		return budget.rows().stream().filter((row) -> row.label().equals(label)).findFirst().orElseThrow().amountIn(0);
	}

}
