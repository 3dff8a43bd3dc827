package se.arshjul.cascade;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.arshjul.plan.Activity;
import se.arshjul.plan.ActivityStatus;
import se.arshjul.plan.Assistansenheten2017;
import se.arshjul.plan.BoardGoal;
import se.arshjul.plan.CouncilGoal;
import se.arshjul.plan.DirectionGoal;
import se.arshjul.plan.Indicator;
import se.arshjul.plan.PlanContent;
import se.arshjul.plan.Periodicity;
import se.arshjul.plan.UnitGoal;
import se.arshjul.system.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The template without Spring: stripping to the central levels, seeding a VP, and what a
 * cascade must have.
 */
class CascadeServiceTest {

	@Test
	void centralLevelsKeepKfAndNamndLevelsAndDropWhatTheUnitWrites() {
		List<DirectionGoal> plan = Assistansenheten2017.vp().directionGoals();
		List<DirectionGoal> central = CascadeService.centralLevels(plan);

		assertThat(central).extracting(DirectionGoal::number).containsExactly("2", "3", "4");
		assertThat(councilGoals(central)).extracting(CouncilGoal::number)
			.containsExactly("2.1", "3.5", "4.1", "4.2", "4.3", "4.4", "4.5", "4.6");
		assertThat(councilGoals(central)).extracting(CouncilGoal::title)
			.containsExactlyElementsOf(councilGoals(plan).stream().map(CouncilGoal::title).toList());
		assertThat(boardGoals(central)).hasSameSizeAs(boardGoals(plan))
			.allSatisfy((b) -> assertThat(b.unitGoals()).isEmpty());
		assertThat(boardGoals(plan)).anySatisfy((b) -> assertThat(b.unitGoals()).isNotEmpty());
		assertThat(boardGoals(central)).extracting(BoardGoal::title, BoardGoal::expectedResult)
			.containsExactlyElementsOf(boardGoals(plan).stream()
				.map((b) -> org.assertj.core.groups.Tuple.tuple(b.title(), b.expectedResult()))
				.toList());
		assertThat(boardGoals(central).stream().flatMap((b) -> b.activities().stream()).toList())
			.isEqualTo(boardGoals(plan).stream().flatMap((b) -> b.activities().stream()).toList())
			.isNotEmpty();

		List<Indicator> indicators = councilGoals(central).stream().flatMap((c) -> c.indicators().stream()).toList();
		List<Indicator> planned = councilGoals(plan).stream().flatMap((c) -> c.indicators().stream()).toList();
		assertThat(indicators).hasSameSizeAs(planned)
			.isNotEmpty()
			.allSatisfy((i) -> assertThat(i.unitTarget()).isNull());
		assertThat(indicators)
			.extracting(Indicator::name, Indicator::unit, Indicator::councilTarget, Indicator::periodicity)
			.containsExactlyElementsOf(planned.stream()
				.map((i) -> org.assertj.core.groups.Tuple.tuple(i.name(), i.unit(), i.councilTarget(), i.periodicity()))
				.toList());
		assertThat(planned).anySatisfy((i) -> assertThat(i.unitTarget()).isNotNull());
	}

	@Test
	void centralLevelsDropFollowUpFieldsToo() {
		Activity done = new Activity("Budgetuppföljning", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
			.withStatus(ActivityStatus.DONE, "Klar");
		BoardGoal board = new BoardGoal("Nämndmål", "Resultat", "Beskrivning", List.of(done),
				List.of(new UnitGoal("Enhetsmål", "r", "a", "res", "u", "utv")));
		Indicator indicator = new Indicator("Sjukfrånvaro", "%", "7", "6", Periodicity.TERTIAL);
		List<DirectionGoal> cascade = List.of(new DirectionGoal("3", "Ett ekonomiskt hållbart Stockholm",
				List.of(new CouncilGoal("3.5", "Ekonomin är hållbar", List.of(indicator), List.of(board)))));

		CouncilGoal council = CascadeService.centralLevels(cascade).get(0).councilGoals().get(0);
		assertThat(council.indicators())
			.containsExactly(new Indicator("Sjukfrånvaro", "%", null, "6", Periodicity.TERTIAL));
		assertThat(council.boardGoals()).containsExactly(new BoardGoal("Nämndmål", "Resultat", "Beskrivning",
				List.of(new Activity("Budgetuppföljning", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))),
				List.of()));
	}

	@Test
	void seedPlanIsTheCascadeWithEmptyUnitGoalsAndNothingElse() {
		List<DirectionGoal> cascade = CascadeService.centralLevels(Assistansenheten2017.vp().directionGoals());
		PlanContent seeded = CascadeService.seedPlan(Assistansenheten2017.vp().directionGoals());

		assertThat(seeded.directionGoals()).isEqualTo(cascade);
		assertThat(seeded.withDirectionGoals(List.of())).isEqualTo(PlanContent.empty());
		assertThat(CascadeService.seedPlan(List.of())).isEqualTo(PlanContent.empty());
		assertThat(CascadeService.seedPlan(cascade)).isEqualTo(seeded);
	}

	@Test
	void storesAndReadsBackTheSameCascade() {
		List<DirectionGoal> cascade = CascadeService.centralLevels(Assistansenheten2017.vp().directionGoals());
		assertThat(CascadeJson.read(CascadeJson.write(cascade))).isEqualTo(cascade);
		assertThat(CascadeJson.read("[]")).isEmpty();
	}

	@Test
	void namesEachGoalWithoutNumberOrTitle() {
		List<DirectionGoal> cascade = List.of(
				new DirectionGoal("2", "Ett klimatsmart Stockholm",
						List.of(new CouncilGoal("2.1", "Energi", List.of(), List.of()))),
				new DirectionGoal(" ", null, List.of(new CouncilGoal(null, "Ekonomin", List.of(), List
					.of(new BoardGoal("Bra", null, null, null, null), new BoardGoal("", null, null, null, null))))));

		assertThat(CascadeService.problems(2026, cascade)).extracting(FieldProblem::field)
			.containsExactly("directionGoals[1].number", "directionGoals[1].title",
					"directionGoals[1].councilGoals[0].number",
					"directionGoals[1].councilGoals[0].boardGoals[1].title");
		assertThat(CascadeService.problems(2026, cascade)).extracting(FieldProblem::message)
			.contains("KF:s inriktningsmål saknar nummer", "Nämndmålet saknar rubrik");
		assertThat(CascadeService.problems(2026, Assistansenheten2017.vp().directionGoals())).isEmpty();
		assertThat(CascadeService.problems(1999, List.of())).extracting(FieldProblem::field).containsExactly("year");
	}

	private static List<CouncilGoal> councilGoals(List<DirectionGoal> cascade) {
		return cascade.stream().flatMap((d) -> d.councilGoals().stream()).toList();
	}

	private static List<BoardGoal> boardGoals(List<DirectionGoal> cascade) {
		return councilGoals(cascade).stream().flatMap((c) -> c.boardGoals().stream()).toList();
	}

}
