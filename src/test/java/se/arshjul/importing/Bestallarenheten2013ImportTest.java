package se.arshjul.importing;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

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
import se.arshjul.plan.Section;
import se.arshjul.plan.UnitGoal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The 2013 plan in the older style: "KF:S INRIKTNINGSMÅL 1:", "ÅTAGANDE:", bold markers,
 * two budgets.
 */
class Bestallarenheten2013ImportTest {

	private final ImportResult result = new PlanImporter().parse(Seeds.read(Seeds.VP_2013));

	private final PlanContent plan = this.result.content();

	@Test
	void readsTheCapitalisedCascadeWithAtagandenAsEnhetsmal() {
		assertThat(this.plan.directionGoals()).extracting(DirectionGoal::number).containsExactly("1", "2", "3");
		assertThat(this.plan.directionGoals().get(0).title()).isEqualTo(
				"Stockholm ska vara en attraktiv, trygg, tillgänglig och växande stad för boende, företagande och besök");
		assertThat(councilGoals()).extracting(CouncilGoal::number)
			.containsExactly("1.3", "1.7", "2.1", "2.3", "2.4", "3.1", "3.2");
		assertThat(unitGoals()).hasSize(11).allSatisfy((goal) -> {
			assertThat(goal.title()).isNotBlank().doesNotContain("**", "ÅTAGANDE");
			assertThat(goal.expectedResult()).isNotBlank();
			assertThat(goal.workingMethods()).isNotBlank();
		});
		assertThat(unitGoals()).filteredOn((goal) -> goal.title().startsWith("Vi åtar oss")).hasSize(10);
	}

	@Test
	void readsAnAtagandeWrittenInBoldOnOneLine() {
		BoardGoal kompetens = council("2.4").boardGoals().get(0);
		assertThat(kompetens.unitGoals()).extracting(UnitGoal::title)
			.containsExactly("Medarbetares behov av kompetensutveckling ska tillgodoses.");
		assertThat(kompetens.unitGoals().get(0).expectedResult())
			.isEqualTo("Alla medarbetare erbjuds kompetensutveckling under år 2013 utifrån kompetensutvecklingsplan.");
		assertThat(council("3.1").boardGoals()).extracting(BoardGoal::title)
			.containsExactly(
					"Nämndens verksamheter ska bedrivas på ett kostnadseffektivt sätt och inom beslutad budget");
	}

	@Test
	void readsKfIndikatorerAndNamndensAktiviteterTables() {
		assertThat(council("2.3").indicators()).as("three tables under one KF goal").hasSize(12);
		assertThat(council("2.4").indicators())
			.extracting(Indicator::name, Indicator::unitTarget, Indicator::councilTarget, Indicator::periodicity)
			.contains(tuple("Aktivt Medskapandeindex", "79", "öka", Periodicity.YEAR),
					tuple("Sjukfrånvaro (alla nämnder/bolag)", null, "4,4 %", Periodicity.TERTIAL));
		assertThat(council("2.4").boardGoals()).extracting((goal) -> goal.activities().size()).containsExactly(4, 8);
		assertThat(council("3.2").boardGoals().get(0).activities()).hasSize(1);
	}

	@Test
	void readsBothBudgetTablesByActivityAreaWithNegativeAmounts() {
		assertThat(this.plan.budgets()).extracting(Budget::title)
			.containsExactly("Socialpsykiatri", "Funktionsnedsättning");
		Budget socialpsykiatri = this.plan.budgets().get(0);
		Budget funktionsnedsattning = this.plan.budgets().get(1);
		assertThat(amount(socialpsykiatri, RowKind.SUM_INCOME)).isEqualByComparingTo("3300");
		assertThat(amount(socialpsykiatri, RowKind.SUM_COST)).isEqualByComparingTo("45913");
		assertThat(amount(socialpsykiatri, RowKind.NET)).isEqualByComparingTo("42613");
		assertThat(funktionsnedsattning.rows()).filteredOn((row) -> row.label().equals("Övriga kostnader"))
			.extracting((row) -> row.amountIn(0), (row) -> row.kind())
			.containsExactly(tuple(new BigDecimal("-3571"), RowKind.COST));
		assertThat(funktionsnedsattning.rows()).filteredOn((row) -> row.label().equals("Förvaltningsinterna intäkter"))
			.extracting((row) -> row.kind())
			.containsExactly(RowKind.INCOME);
		assertThat(amount(funktionsnedsattning, RowKind.NET)).isEqualByComparingTo("247752");
	}

	@Test
	void readsYearAndUnitFromTheTitleAndTheBudgetHeading() {
		assertThat(this.result.documentTitle()).isEqualTo("Verksamhetsplan Beställarenheten funktionsnedsättning");
		assertThat(this.result.unitName()).isEqualTo("Beställarenheten funktionsnedsättning");
		assertThat(this.result.year()).isEqualTo(2013);
		assertThat(this.result.dnr()).isNull();
	}

	@Test
	void keepsTheOlderInledningsOwnSubheadingsAsSectionsWithWarnings() {
		assertThat(this.plan.otherSections()).extracting(Section::title)
			.containsExactly("Metodutveckling 2013", "Budgetarbete");
		assertThat(this.plan.otherSections().get(0).text()).startsWith("- Att implementera MI");
		assertThat(this.result.warnings()).contains(
				"Avsnittet ”Metodutveckling 2013” har ingen egen plats i planen och har sparats som fritext under "
						+ "Övriga avsnitt",
				"Avsnittet ”Budgetarbete” har ingen egen plats i planen och har sparats som "
						+ "fritext under Övriga avsnitt");
		assertThat(this.plan.introduction().description()).startsWith("Beställarenheten funktionsnedsättning utreder");
		assertThat(this.plan.introduction().staffParticipation())
			.contains("arbetsplatsträff (APT) den 27 november 2012");
	}

	@Test
	void readsTheUnitsResursanvandningWrittenWithoutItsParentHeading() {
		assertThat(this.plan.resourceUse()).startsWith("Vi använder oss av stadens nätverk");
		assertThat(this.result.warnings()).anySatisfy((warning) -> assertThat(warning)
			.startsWith("Rubriken ”Resursanvändning” efter enhetsmålets uppföljning"));
		assertThat(council("3.1").boardGoals().get(0).unitGoals().get(0).resources())
			.startsWith("Enhetschefer och biträdande enhetschefer träffas i nätverk");
	}

	@Test
	void readsBilagorAndOvrigaFragor() {
		assertThat(this.plan.attachments()).extracting((attachment) -> attachment.title())
			.containsExactly("RoV-analys", "Internkontrollplan");
		assertThat(this.plan.otherMatters()).startsWith("För synpunkter, förslag och klagomål");
	}

	@Test
	void passesValidationAsAVerksamhetsplanWithoutErrors() {
		assertThat(PlanValidator.validate(DocumentKind.VP, this.plan).errors()).isEmpty();
	}

	private List<CouncilGoal> councilGoals() {
		return this.plan.directionGoals().stream().flatMap((goal) -> goal.councilGoals().stream()).toList();
	}

	private CouncilGoal council(String number) {
		return councilGoals().stream().filter((goal) -> number.equals(goal.number())).findFirst().orElseThrow();
	}

	private List<UnitGoal> unitGoals() {
		return councilGoals().stream()
			.flatMap((goal) -> goal.boardGoals().stream())
			.flatMap((goal) -> goal.unitGoals().stream())
			.toList();
	}

	private static BigDecimal amount(Budget budget, RowKind kind) {
		return budget.rows().stream().filter((row) -> row.kind() == kind).findFirst().orElseThrow().amountIn(0);
	}

}
