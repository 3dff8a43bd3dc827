package se.arshjul.plan;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An indicator's outcome in a follow-up; values kept as written, like the targets.
 *
 * @param periodOutcome Periodens utfall
 * @param outcomeWomen Utfall kvinnor/flickor
 * @param outcomeMen Utfall män/pojkar
 * @param samePeriodLastYear the outcome of the same period last year
 * @param forecastYear Prognos helår
 * @param reasonMissing why there is no outcome, when there is none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Outcome(String periodOutcome, String outcomeWomen, String outcomeMen, String samePeriodLastYear,
		String forecastYear, String reasonMissing) {

	/** An outcome of the period alone. */
	public static Outcome of(String periodOutcome) {
		return new Outcome(periodOutcome, null, null, null, null, null);
	}

	/** No outcome, for the reason given. */
	public static Outcome missing(String reason) {
		return new Outcome(null, null, null, null, null, reason);
	}

	/** Whether the period's outcome or a reason for its absence is given. */
	public boolean hasOutcomeOrReason() {
		return Texts.hasText(this.periodOutcome) || Texts.hasText(this.reasonMissing);
	}

}
