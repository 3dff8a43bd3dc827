package se.arshjul.plan;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An indicator of a KF goal. Targets are kept as written ("7 %", "100", "tas fram av
 * nämnden"), since the seeds show numbers, percentages and words alike.
 *
 * @param name Indikator
 * @param unit the unit of measure, e.g. "%" or "antal"
 * @param unitTarget Årsmål: the unit's own target for the year
 * @param councilTarget KF:s årsmål
 * @param periodicity Periodicitet: when it is followed up
 * @param outcome in a follow-up: the outcome, or why there is none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Indicator(String name, String unit, String unitTarget, String councilTarget, Periodicity periodicity,
		Outcome outcome) {

	/** An indicator as planned, without outcome. */
	public Indicator(String name, String unit, String unitTarget, String councilTarget, Periodicity periodicity) {
		this(name, unit, unitTarget, councilTarget, periodicity, null);
	}

	public Indicator withOutcome(Outcome outcome) {
		return new Indicator(this.name, this.unit, this.unitTarget, this.councilTarget, this.periodicity, outcome);
	}

}
