package se.arshjul.plan;

/**
 * Checks a document's content and reports every finding at once, each with its path into
 * the content.
 * <p>
 * Errors (blocking): a VP with no introduction text at all, without any enhetsmål, or
 * without a budget (no budget table with an amount in it); an enhetsmål without a title;
 * an activity that ends before it starts; a budget sum or netto that differs from its
 * rows by more than rounding, that is more than 1 TKr per row summed, in any amount
 * column; in a follow-up (T1, T2, VB), an enhetsmål not assessed, or an indicator due in
 * that period (in T1 and T2 those followed up per tertial, in the VB all) with neither an
 * outcome for the period nor a reason why there is none.
 * <p>
 * Warnings (not blocking, since real plans do this): a nämndmål the unit does not answer
 * with an enhetsmål; an indicator without the unit's årsmål; an enhetsmål without
 * förväntat resultat; a sum that differs from its rows within the rounding tolerance.
 * <p>
 * Netto follows the convention a budget table is written in, see {@link BudgetRules}:
 * costs − income when income rows are written as positive amounts (the domain guide's
 * convention), the signed total of all rows when income rows are written as negative
 * amounts.
 */
public final class PlanValidator {

	private PlanValidator() {
	}

	public static ValidationResult validate(DocumentKind kind, PlanContent content) {
		Findings findings = new Findings();
		if (kind == DocumentKind.VP) {
			checkPlanAsAWhole(content, findings);
		}
		GoalRules.check(kind, content.directionGoals(), findings);
		for (int i = 0; i < content.budgets().size(); i++) {
			BudgetRules.check("budgets[" + i + "]", content.budgets().get(i), findings);
		}
		return findings.result();
	}

	private static void checkPlanAsAWhole(PlanContent content, Findings findings) {
		if (!content.introduction().hasAnyText()) {
			findings.error("introduction", "Inledningen saknar text: skriv verksamhetsidé och värdegrund, "
					+ "verksamhetsbeskrivning, kvalitets- och utvecklingsarbete eller medarbetarnas delaktighet");
		}
		boolean anyUnitGoal = content.directionGoals()
			.stream()
			.flatMap((goal) -> goal.councilGoals().stream())
			.flatMap((goal) -> goal.boardGoals().stream())
			.anyMatch((goal) -> !goal.unitGoals().isEmpty());
		if (!anyUnitGoal) {
			findings.error("directionGoals", "Verksamhetsplanen har inget enhetsmål");
		}
		if (content.budgets().stream().noneMatch(Budget::hasAmounts)) {
			findings.error("budgets", "Verksamhetsplanen saknar budget");
		}
	}

}
