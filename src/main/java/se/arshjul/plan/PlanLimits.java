package se.arshjul.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What no plan can hold, whatever stage it is at: amounts beyond any municipal budget or
 * finer than a krona, dates outside 1900–2200. Unlike the validator's findings, which a
 * draft may have while it is written, content beyond these limits is refused before it is
 * stored. Negative amounts are within them (corrections, deviations, income rows). The
 * checks cost nothing however large the number's exponent ({@code 1e999999999}).
 */
public final class PlanLimits {

	/** 10^12 TKr, a million times the budget of the largest Swedish municipality. */
	static final int MAX_WHOLE_DIGITS = 12;

	/** Thousandths of a TKr: whole kronor. */
	static final int MAX_DECIMALS = 3;

	static final int FIRST_YEAR = 1900;

	static final int LAST_YEAR = 2200;

	private PlanLimits() {
	}

	/** Whether an amount in TKr is within the limits. */
	public static boolean isReasonable(BigDecimal amount) {
		return amount.signum() == 0
				|| (amount.precision() - amount.scale() <= MAX_WHOLE_DIGITS && decimals(amount) <= MAX_DECIMALS);
	}

	/** Every value of the content beyond the limits, with its path into the content. */
	public static List<Finding> check(PlanContent content) {
		List<Finding> findings = new ArrayList<>();
		checkGoals("directionGoals", content.directionGoals(), findings);
		for (int b = 0; b < content.budgets().size(); b++) {
			Budget budget = content.budgets().get(b);
			for (int r = 0; r < budget.rows().size(); r++) {
				List<BigDecimal> amounts = budget.rows().get(r).amounts();
				for (int c = 0; c < amounts.size(); c++) {
					amount("budgets[" + b + "].rows[" + r + "].amounts[" + c + "]", amounts.get(c), findings);
				}
			}
		}
		return findings;
	}

	/** The same for a förvaltning's goal cascade. */
	public static List<Finding> checkGoals(String path, List<DirectionGoal> goals, List<Finding> findings) {
		for (int d = 0; d < goals.size(); d++) {
			List<CouncilGoal> councilGoals = goals.get(d).councilGoals();
			for (int c = 0; c < councilGoals.size(); c++) {
				List<BoardGoal> boardGoals = councilGoals.get(c).boardGoals();
				for (int b = 0; b < boardGoals.size(); b++) {
					List<Activity> activities = boardGoals.get(b).activities();
					for (int a = 0; a < activities.size(); a++) {
						String activity = path + "[" + d + "].councilGoals[" + c + "].boardGoals[" + b + "].activities["
								+ a + "]";
						date(activity + ".startDate", activities.get(a).startDate(), findings);
						date(activity + ".endDate", activities.get(a).endDate(), findings);
					}
				}
			}
		}
		return findings;
	}

	private static void amount(String path, BigDecimal amount, List<Finding> findings) {
		if (amount == null || isReasonable(amount)) {
			return;
		}
		findings.add(new Finding(path,
				(decimals(amount) > MAX_DECIMALS && amount.precision() - amount.scale() <= MAX_WHOLE_DIGITS)
						? "Beloppet har fler än " + MAX_DECIMALS + " decimaler; belopp skrivs i TKr med högst "
								+ MAX_DECIMALS + " decimaler (hela kronor)"
						: "Beloppet är orimligt stort; belopp skrivs i TKr och är mindre än 1 000 000 000 000"));
	}

	private static void date(String path, LocalDate date, List<Finding> findings) {
		if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
			findings
				.add(new Finding(path, "Datumet " + date + " ligger inte mellan " + FIRST_YEAR + " och " + LAST_YEAR));
		}
	}

	private static int decimals(BigDecimal amount) {
		return Math.max(0, amount.stripTrailingZeros().scale());
	}

}
