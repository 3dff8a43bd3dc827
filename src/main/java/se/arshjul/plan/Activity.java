package se.arshjul.plan;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One of the nämnd's activities under a nämndmål. Dates are written as ISO dates
 * ("2017-01-01") whatever the mapper's defaults.
 *
 * @param title Aktivitet
 * @param startDate Startdatum, if any
 * @param endDate Slutdatum, if any
 * @param status in a follow-up: done or a deviation; null while not followed up
 * @param analysis in a follow-up: Analys, above all of a deviation
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Activity(String title, @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate startDate,
		@JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate endDate, ActivityStatus status, String analysis) {

	/** An activity as planned, not yet followed up. */
	public Activity(String title, LocalDate startDate, LocalDate endDate) {
		this(title, startDate, endDate, null, null);
	}

	public Activity withStatus(ActivityStatus status, String analysis) {
		return new Activity(this.title, this.startDate, this.endDate, status, analysis);
	}

}
