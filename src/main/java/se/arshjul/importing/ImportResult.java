package se.arshjul.importing;

import java.util.List;

import se.arshjul.plan.PlanContent;

/**
 * A plan read from text.
 *
 * @param content the structured plan
 * @param unitName the unit the text says it is for, e.g. "Assistansenheten"; null if it
 * does not say
 * @param year the year the text says it is for, e.g. 2017; null if it does not say
 * @param documentTitle the title as written, e.g. "Verksamhetsplan 2017 för
 * Assistansenheten"; null if none
 * @param dnr the registration number as written, e.g. "534-2016-1.1"; null if none
 * @param warnings in Swedish: text that could not be placed (kept under övriga avsnitt),
 * tables that could not be read in full, and other things a handläggare should look at
 */
public record ImportResult(PlanContent content, String unitName, Integer year, String documentTitle, String dnr,
		List<String> warnings) {

	public ImportResult {
		warnings = (warnings != null) ? List.copyOf(warnings) : List.of();
	}

}
