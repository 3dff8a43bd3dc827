package se.arshjul.plan;

import java.util.List;

/** The rules on the goal cascade: indicators, activities, nämndmål and enhetsmål. */
final class GoalRules {

	private GoalRules() {
	}

	static void check(DocumentKind kind, List<DirectionGoal> directionGoals, Findings findings) {
		for (int i = 0; i < directionGoals.size(); i++) {
			List<CouncilGoal> councilGoals = directionGoals.get(i).councilGoals();
			for (int j = 0; j < councilGoals.size(); j++) {
				String path = "directionGoals[" + i + "].councilGoals[" + j + "]";
				CouncilGoal councilGoal = councilGoals.get(j);
				for (int k = 0; k < councilGoal.indicators().size(); k++) {
					indicator(kind, path + ".indicators[" + k + "]", councilGoal.indicators().get(k), findings);
				}
				for (int k = 0; k < councilGoal.boardGoals().size(); k++) {
					boardGoal(kind, path + ".boardGoals[" + k + "]", councilGoal.boardGoals().get(k), findings);
				}
			}
		}
	}

	private static void indicator(DocumentKind kind, String path, Indicator indicator, Findings findings) {
		String named = Texts.named("Indikatorn", indicator.name());
		if (!Texts.hasText(indicator.unitTarget())) {
			findings.warning(path + ".unitTarget", named + " saknar enhetens årsmål");
		}
		boolean answered = indicator.outcome() != null && indicator.outcome().hasOutcomeOrReason();
		if (isDue(kind, indicator.periodicity()) && !answered) {
			findings.error(path + ".outcome", named + " saknar periodens utfall eller skäl till att utfall saknas");
		}
	}

	/**
	 * In T1 and T2 the indicators followed up per tertial are due, in the VB all of them,
	 * in a VP none.
	 */
	private static boolean isDue(DocumentKind kind, Periodicity periodicity) {
		return switch (kind) {
			case VP -> false;
			case T1, T2 -> periodicity == Periodicity.TERTIAL;
			case VB -> true;
		};
	}

	private static void boardGoal(DocumentKind kind, String path, BoardGoal boardGoal, Findings findings) {
		for (int k = 0; k < boardGoal.activities().size(); k++) {
			activity(path + ".activities[" + k + "]", boardGoal.activities().get(k), findings);
		}
		if (boardGoal.unitGoals().isEmpty()) {
			findings.warning(path + ".unitGoals",
					Texts.named("Nämndmålet", boardGoal.title()) + " besvaras inte med något enhetsmål");
		}
		for (int k = 0; k < boardGoal.unitGoals().size(); k++) {
			unitGoal(kind, path + ".unitGoals[" + k + "]", boardGoal.unitGoals().get(k), findings);
		}
	}

	private static void activity(String path, Activity activity, Findings findings) {
		if (activity.startDate() != null && activity.endDate() != null
				&& activity.endDate().isBefore(activity.startDate())) {
			findings.error(path + ".endDate", Texts.named("Aktiviteten", activity.title()) + " slutar ("
					+ activity.endDate() + ") före start (" + activity.startDate() + ")");
		}
	}

	private static void unitGoal(DocumentKind kind, String path, UnitGoal unitGoal, Findings findings) {
		String named = Texts.named("Enhetsmålet", unitGoal.title());
		if (!Texts.hasText(unitGoal.title())) {
			findings.error(path + ".title", "Enhetsmålet saknar titel");
		}
		if (!Texts.hasText(unitGoal.expectedResult())) {
			findings.warning(path + ".expectedResult", named + " saknar förväntat resultat");
		}
		boolean assessed = unitGoal.assessment() != null && unitGoal.assessment().level() != null;
		if (kind.followsUp() && !assessed) {
			findings.error(path + ".assessment", named + " är inte bedömt: uppfylls det helt, delvis eller inte?");
		}
	}

}
