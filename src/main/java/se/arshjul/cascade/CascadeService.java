package se.arshjul.cascade;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.organisation.OrganisationService;
import se.arshjul.plan.Activity;
import se.arshjul.plan.BoardGoal;
import se.arshjul.plan.CouncilGoal;
import se.arshjul.plan.DirectionGoal;
import se.arshjul.plan.Indicator;
import se.arshjul.plan.PlanContent;
import se.arshjul.plan.PlanLimits;
import se.arshjul.system.FieldProblem;
import se.arshjul.system.ForbiddenException;
import se.arshjul.system.InvalidInputException;
import se.arshjul.system.NotFoundException;

/**
 * Keeps each förvaltning's goal cascade per year, and gives a unit's new VP its starting
 * content. The cascade holds only the centrally set levels: whatever a unit writes
 * (enhetsmål, the unit's årsmål) and whatever a follow-up adds (outcomes, assessments,
 * activity status) is stripped on saving.
 */
@Service
@Transactional
public class CascadeService {

	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	private final CascadeRepository cascades;

	private final OrganisationService organisation;

	private final CascadeAccess access;

	CascadeService(CascadeRepository cascades, OrganisationService organisation, CascadeAccess access) {
		this.cascades = cascades;
		this.organisation = organisation;
		this.access = access;
	}

	/** The förvaltning's cascade for the year, if it has one. */
	@Transactional(readOnly = true)
	public Optional<List<DirectionGoal>> forYear(String administrationId, int year) {
		return find(administrationId, year).map(GoalCascade::directionGoals);
	}

	/**
	 * The förvaltning's cascade for the year with who saved it and when, if it has one.
	 */
	@Transactional(readOnly = true)
	public Optional<GoalCascade> find(String administrationId, int year) {
		return this.cascades.findById(new CascadeKey(administrationId, year)).map(CascadeService::toCascade);
	}

	/**
	 * Stores the förvaltning's cascade for the year, replacing any earlier one, without
	 * unit goals, unit targets or follow-up fields.
	 * @throws InvalidInputException naming each goal without number or title
	 */
	public GoalCascade save(String administrationId, int year, List<DirectionGoal> cascade, String userId) {
		List<FieldProblem> problems = problems(year, cascade);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		StoredCascade stored = this.cascades.findById(new CascadeKey(administrationId, year))
			.orElseGet(() -> new StoredCascade(administrationId, year));
		stored.replace(CascadeJson.write(centralLevels(cascade)), (userId == null) ? "system" : userId);
		return toCascade(this.cascades.saveAndFlush(stored));
	}

	// --- for the API: the same, with who may do it ---

	/**
	 * The cascade as the user may see it.
	 * @throws NotFoundException if the förvaltning, or its cascade for the year, does not
	 * exist or the user does not work in it
	 */
	@Transactional(readOnly = true)
	public GoalCascade read(String administrationId, int year, String userId) {
		requireReadable(administrationId, userId);
		return find(administrationId, year)
			.orElseThrow(() -> new NotFoundException("Förvaltningen har ingen målkedja för " + year));
	}

	/**
	 * Sets the cascade if the user is the förvaltning's staff or an administrator.
	 * @throws NotFoundException if the förvaltning does not exist or the user does not
	 * work in it
	 * @throws ForbiddenException if the user works in it but may not set its cascade
	 */
	public GoalCascade update(String administrationId, int year, List<DirectionGoal> cascade, String userId) {
		requireReadable(administrationId, userId);
		if (!this.access.mayEdit(userId, administrationId)) {
			throw new ForbiddenException("Bara förvaltningens stab och administratörer kan ändra målkedjan");
		}
		return save(administrationId, year, cascade, userId);
	}

	private void requireReadable(String administrationId, String userId) {
		if (this.organisation.findAdministration(administrationId).isEmpty()
				|| !this.access.mayRead(userId, administrationId)) {
			throw new NotFoundException("Förvaltningen finns inte");
		}
	}

	// --- the template itself ---

	/**
	 * A new VP's content: the cascade's central levels with no enhetsmål, everything else
	 * empty.
	 */
	public static PlanContent seedPlan(List<DirectionGoal> cascade) {
		return PlanContent.empty().withDirectionGoals(centralLevels(cascade));
	}

	/**
	 * Only what is set centrally: no enhetsmål, no unit årsmål, no outcomes, assessments
	 * or activity status.
	 */
	public static List<DirectionGoal> centralLevels(List<DirectionGoal> cascade) {
		if (cascade == null) {
			return List.of();
		}
		return cascade.stream()
			.map((d) -> new DirectionGoal(d.number(), d.title(),
					d.councilGoals().stream().map(CascadeService::central).toList()))
			.toList();
	}

	private static CouncilGoal central(CouncilGoal goal) {
		return new CouncilGoal(goal.number(), goal.title(),
				goal.indicators()
					.stream()
					.map((i) -> new Indicator(i.name(), i.unit(), null, i.councilTarget(), i.periodicity()))
					.toList(),
				goal.boardGoals().stream().map(CascadeService::central).toList());
	}

	private static BoardGoal central(BoardGoal goal) {
		return new BoardGoal(goal.title(), goal.expectedResult(), goal.description(),
				goal.activities().stream().map((a) -> new Activity(a.title(), a.startDate(), a.endDate())).toList(),
				List.of());
	}

	/** What is wrong with a cascade, each problem naming where it is. */
	static List<FieldProblem> problems(int year, List<DirectionGoal> cascade) {
		List<FieldProblem> problems = new ArrayList<>();
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			problems.add(new FieldProblem("year", "Året måste ligga mellan " + FIRST_YEAR + " och " + LAST_YEAR));
		}
		if (cascade == null) {
			problems.add(new FieldProblem("directionGoals", "Målkedjan saknas"));
			return problems;
		}
		for (int i = 0; i < cascade.size(); i++) {
			if (cascade.get(i) == null) {
				problems.add(new FieldProblem("directionGoals[" + i + "]", "Ett KF:s inriktningsmål är tomt (null)"));
				return problems;
			}
		}
		for (int i = 0; i < cascade.size(); i++) {
			DirectionGoal direction = cascade.get(i);
			String path = "directionGoals[" + i + "]";
			if (blank(direction.number())) {
				problems.add(new FieldProblem(path + ".number", "KF:s inriktningsmål saknar nummer"));
			}
			if (blank(direction.title())) {
				problems.add(new FieldProblem(path + ".title", "KF:s inriktningsmål saknar rubrik"));
			}
			for (int j = 0; j < direction.councilGoals().size(); j++) {
				CouncilGoal council = direction.councilGoals().get(j);
				String councilPath = path + ".councilGoals[" + j + "]";
				if (blank(council.number())) {
					problems.add(
							new FieldProblem(councilPath + ".number", "KF:s mål för verksamhetsområdet saknar nummer"));
				}
				if (blank(council.title())) {
					problems
						.add(new FieldProblem(councilPath + ".title", "KF:s mål för verksamhetsområdet saknar rubrik"));
				}
				for (int k = 0; k < council.boardGoals().size(); k++) {
					if (blank(council.boardGoals().get(k).title())) {
						problems.add(new FieldProblem(councilPath + ".boardGoals[" + k + "].title",
								"Nämndmålet saknar rubrik"));
					}
				}
			}
		}
		PlanLimits.checkGoals("directionGoals", cascade, new ArrayList<>())
			.forEach((finding) -> problems.add(new FieldProblem(finding.path(), finding.message())));
		return problems;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static GoalCascade toCascade(StoredCascade stored) {
		return new GoalCascade(stored.getAdministrationId(), stored.getYear(), CascadeJson.read(stored.getContent()),
				stored.getUpdatedAt(), stored.getUpdatedBy());
	}

}
