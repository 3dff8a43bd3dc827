package se.arshjul.plan;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static se.arshjul.plan.Plans.boardGoal;
import static se.arshjul.plan.Plans.councilGoal;
import static se.arshjul.plan.Plans.unitGoal;

/**
 * One test per rule of the goal cascade and the plan as a whole, each with its finding's
 * path and message.
 */
class PlanValidatorTest {

	private static final String INTRODUCTION_MISSING = "Inledningen saknar text: skriv verksamhetsidé och värdegrund, "
			+ "verksamhetsbeskrivning, kvalitets- och utvecklingsarbete eller medarbetarnas delaktighet";

	private final PlanContent vp = Assistansenheten2017.vp();

	@Test
	void aPlanNeedsSomeIntroductionText() {
		PlanContent blank = this.vp.withIntroduction(new Introduction(" ", "\n", null, ""));

		ValidationResult result = PlanValidator.validate(DocumentKind.VP, blank);

		assertThat(result.errors()).containsExactly(new Finding("introduction", INTRODUCTION_MISSING));
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void anyPartOfTheIntroductionIsEnough() {
		PlanContent onlyApt = this.vp.withIntroduction(new Introduction(null, null, null, "APT den 14 november 2016"));

		assertThat(PlanValidator.validate(DocumentKind.VP, onlyApt).errors()).isEmpty();
	}

	@Test
	void aPlanNeedsAnEnhetsmal() {
		PlanContent noUnitGoals = Plans.mapBoardGoals(this.vp, (goal) -> new BoardGoal(goal.title(),
				goal.expectedResult(), goal.description(), goal.activities(), List.of()));

		ValidationResult result = PlanValidator.validate(DocumentKind.VP, noUnitGoals);

		assertThat(result.errors())
			.containsExactly(new Finding("directionGoals", "Verksamhetsplanen har inget enhetsmål"));
		assertThat(result.warnings()).as("each nämndmål unanswered").hasSize(9);
	}

	@Test
	void aPlanNeedsABudgetWithAmounts() {
		Finding noBudget = new Finding("budgets", "Verksamhetsplanen saknar budget");

		assertThat(PlanValidator.validate(DocumentKind.VP, this.vp.withBudgets(List.of())).errors())
			.containsExactly(noBudget);
		assertThat(PlanValidator
			.validate(DocumentKind.VP, this.vp.withBudgets(List.of(Budget.standard("Budget 2027", List.of("Budget")))))
			.errors()).as("the standard table, not filled in").containsExactly(noBudget);
	}

	@Test
	void anEnhetsmalNeedsATitle() {
		PlanContent plan = Plans.vp(councilGoal("4.1", List.of(), boardGoal("Jämställd", List.of(), unitGoal("A"))),
				councilGoal("4.2", List.of(),
						boardGoal("Arbetsmiljö", List.of(), unitGoal("A"), unitGoal("B"), unitGoal(" "))));

		ValidationResult result = PlanValidator.validate(DocumentKind.VP, plan);

		assertThat(result.errors()).containsExactly(new Finding(
				"directionGoals[0].councilGoals[1].boardGoals[0].unitGoals[2].title", "Enhetsmålet saknar titel"));
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void anActivityMustNotEndBeforeItStarts() {
		List<Activity> activities = List.of(
				new Activity("Samma dag", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 1)),
				new Activity("Införa digital signering av genomförandeplaner i samtliga ärenden under våren 2027",
						LocalDate.of(2027, 3, 1), LocalDate.of(2027, 1, 10)),
				new Activity("Utan slutdatum", LocalDate.of(2027, 3, 1), null));
		PlanContent plan = Plans.vp(councilGoal("4.1", List.of(), boardGoal("Jämställd", activities, unitGoal("A"))));

		ValidationResult result = PlanValidator.validate(DocumentKind.VP, plan);

		assertThat(result.errors())
			.containsExactly(new Finding("directionGoals[0].councilGoals[0].boardGoals[0].activities[1].endDate",
					"Aktiviteten ”Införa digital signering av genomförandeplaner i samtliga …” slutar (2027-01-10) "
							+ "före start (2027-03-01)"));
	}

	@Test
	void aFollowUpMustAssessEveryEnhetsmal() {
		PlanContent t1 = answerAllIndicators(this.vp.toFollowUp(DocumentKind.T1));

		ValidationResult result = PlanValidator.validate(DocumentKind.T1, t1);

		assertThat(result.errors()).hasSize(9)
			.first()
			.isEqualTo(new Finding("directionGoals[0].councilGoals[0].boardGoals[0].unitGoals[0].assessment",
					"Enhetsmålet ”Vi bedriver verksamhet med minsta möjliga miljöbelastning.” är inte bedömt: "
							+ "uppfylls det helt, delvis eller inte?"));
		PlanContent analysedOnly = Plans.mapUnitGoals(t1,
				(goal) -> goal.withAssessment(new Assessment(null, "Analys")));
		assertThat(PlanValidator.validate(DocumentKind.T1, analysedOnly).errors()).as("an analysis is not a level")
			.hasSize(9);
		PlanContent assessed = Plans.mapUnitGoals(t1,
				(goal) -> goal.withAssessment(new Assessment(GoalFulfilment.FULLY, null)));
		assertThat(PlanValidator.validate(DocumentKind.T1, assessed).errors()).isEmpty();
	}

	@Test
	void aTertialReportNeedsAnOutcomeOrAReasonForEveryTertialIndicator() {
		PlanContent t2 = assessAllUnitGoals(this.vp.toFollowUp(DocumentKind.T2));

		ValidationResult result = PlanValidator.validate(DocumentKind.T2, t2);

		assertThat(result.errors()).as("budgetföljsamhet and the two sjukfrånvaro; not the yearly 4.6 ones")
			.extracting(Finding::path)
			.containsExactly("directionGoals[1].councilGoals[0].indicators[0].outcome",
					"directionGoals[2].councilGoals[1].indicators[0].outcome",
					"directionGoals[2].councilGoals[1].indicators[1].outcome");
		assertThat(result.errors().get(1).message())
			.isEqualTo("Indikatorn ”Sjukfrånvaro” saknar periodens utfall eller skäl till att utfall saknas");
		PlanContent genderOnly = Plans.mapIndicators(t2,
				(indicator) -> indicator.withOutcome(new Outcome(null, "6 %", "4 %", null, null, null)));
		assertThat(PlanValidator.validate(DocumentKind.T2, genderOnly).errors()).hasSize(3);
		PlanContent reasoned = Plans.mapIndicators(t2,
				(indicator) -> indicator.withOutcome(Outcome.missing("Statistiken kommer i oktober")));
		assertThat(PlanValidator.validate(DocumentKind.T2, reasoned).errors()).isEmpty();
	}

	@Test
	void aVerksamhetsberattelseNeedsAnOutcomeOrAReasonForEveryIndicator() {
		PlanContent vb = assessAllUnitGoals(this.vp.toFollowUp(DocumentKind.VB));

		ValidationResult result = PlanValidator.validate(DocumentKind.VB, vb);

		assertThat(result.errors()).hasSize(7)
			.last()
			.isEqualTo(new Finding("directionGoals[2].councilGoals[5].indicators[3].outcome",
					"Indikatorn ”Andel personer som upplever att de varit delaktiga i …” saknar periodens "
							+ "utfall eller skäl till att utfall saknas"));
		assertThat(PlanValidator.validate(DocumentKind.VB, answerAllIndicators(vb)).errors()).isEmpty();
	}

	@Test
	void aFollowUpIsNotHeldToThePlansOwnRules() {
		PlanContent vb = answerAllIndicators(assessAllUnitGoals(this.vp.toFollowUp(DocumentKind.VB)));

		assertThat(vb.introduction().hasAnyText()).isFalse();
		assertThat(PlanValidator.validate(DocumentKind.VB, vb.withBudgets(List.of())).errors()).isEmpty();
	}

	@Test
	void warnsOfANamndmalWithoutEnhetsmal() {
		PlanContent plan = Plans.vp(councilGoal("4.1", List.of(), boardGoal("Jämställd", List.of(), unitGoal("A")),
				boardGoal("Stadsdelsnämnden fördelar makt och resurser jämställt", List.of())));

		ValidationResult result = PlanValidator.validate(DocumentKind.VP, plan);

		assertThat(result.errors()).isEmpty();
		assertThat(result.warnings()).containsExactly(new Finding(
				"directionGoals[0].councilGoals[0].boardGoals[1].unitGoals",
				"Nämndmålet ”Stadsdelsnämnden fördelar makt och resurser jämställt” besvaras inte med något enhetsmål"));
	}

	@Test
	void warnsOfAnIndicatorWithoutTheUnitsArsmal() {
		List<Indicator> indicators = List.of(
				new Indicator("Sjukfrånvaro", "%", "7 %", "tas fram av nämnden", Periodicity.TERTIAL),
				new Indicator("Sjukfrånvaro (alla nämnder/bolag)", "%", null, "4,4 %", Periodicity.TERTIAL));
		PlanContent plan = Plans.vp(councilGoal("2.4", indicators,
				boardGoal("Sjukfrånvaron minskar", List.of(), unitGoal("Vi åtar oss att hålla sjukfrånvaron låg."))));

		ValidationResult result = PlanValidator.validate(DocumentKind.VP, plan);

		assertThat(result.errors()).isEmpty();
		assertThat(result.warnings())
			.containsExactly(new Finding("directionGoals[0].councilGoals[0].indicators[1].unitTarget",
					"Indikatorn ”Sjukfrånvaro (alla nämnder/bolag)” saknar enhetens årsmål"));
	}

	@Test
	void warnsOfAnEnhetsmalWithoutExpectedResult() {
		UnitGoal withoutResult = new UnitGoal("Verksamheten är jämställd", "  ", "Arbetssätt", null, null, null);
		PlanContent plan = Plans.vp(councilGoal("4.1", List.of(), boardGoal("Jämställd", List.of(), withoutResult)));

		ValidationResult result = PlanValidator.validate(DocumentKind.VP, plan);

		assertThat(result.errors()).isEmpty();
		assertThat(result.warnings())
			.containsExactly(new Finding("directionGoals[0].councilGoals[0].boardGoals[0].unitGoals[0].expectedResult",
					"Enhetsmålet ”Verksamheten är jämställd” saknar förväntat resultat"));
	}

	@Test
	void reportsEverythingAtOnce() {
		UnitGoal untitled = new UnitGoal(null, null, null, null, null, null);
		Activity backwards = new Activity("Baklänges", LocalDate.of(2027, 5, 1), LocalDate.of(2027, 4, 1));
		PlanContent plan = Plans
			.vp(councilGoal("4.1", List.of(new Indicator("Andel", "%", "", "90 %", Periodicity.YEAR)),
					boardGoal("Jämställd", List.of(backwards), untitled), boardGoal("Obesvarat", List.of())))
			.withIntroduction(null)
			.withBudgets(null);

		ValidationResult result = PlanValidator.validate(DocumentKind.VP, plan);

		assertThat(result.errors()).extracting(Finding::path)
			.containsExactly("introduction", "budgets",
					"directionGoals[0].councilGoals[0].boardGoals[0].activities[0].endDate",
					"directionGoals[0].councilGoals[0].boardGoals[0].unitGoals[0].title");
		assertThat(result.warnings()).extracting(Finding::message)
			.containsExactly("Indikatorn ”Andel” saknar enhetens årsmål", "Enhetsmålet saknar förväntat resultat",
					"Nämndmålet ”Obesvarat” besvaras inte med något enhetsmål");
	}

	private static PlanContent assessAllUnitGoals(PlanContent content) {
		return Plans.mapUnitGoals(content,
				(goal) -> goal.withAssessment(new Assessment(GoalFulfilment.PARTLY, "Analys")));
	}

	private static PlanContent answerAllIndicators(PlanContent content) {
		return Plans.mapIndicators(content, (indicator) -> indicator.withOutcome(Outcome.of("5")));
	}

}
